# Makes the repository root importable from tests/ (pytest puts a conftest's directory on sys.path).
