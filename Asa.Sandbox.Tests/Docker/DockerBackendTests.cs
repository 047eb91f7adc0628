using Asa.Sandbox.Tests.Isolation;

namespace Asa.Sandbox.Tests.Docker;

// The isolation suite again, against the docker backend. Without ASA_DOCKER_ENDPOINT every one of these is
// reported as skipped ("NOT RUN: ..."), so a run without a Docker API never counts them as passed.

public sealed class DockerNetworkIsolationTests() : NetworkIsolationTests(SandboxBackendKind.Docker);

public sealed class DockerSecretIsolationTests() : SecretIsolationTests(SandboxBackendKind.Docker);

public sealed class DockerFilesystemIsolationTests() : FilesystemIsolationTests(SandboxBackendKind.Docker);

public sealed class DockerPrivilegeTests() : PrivilegeTests(SandboxBackendKind.Docker);

public sealed class DockerResourceLimitTests() : ResourceLimitTests(SandboxBackendKind.Docker);
