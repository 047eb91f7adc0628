namespace Asa.Repair.Engine.WarmRuns;

/// <summary>
/// The pytest driver: imports pytest (and the installed plugins) once, goes through pytest's start up to the
/// repository's conftests once a batch, then forks a child per candidate there that goes on with the run in its own
/// process group with the candidate written in, reporting as <see cref="Verification.TestReporting"/> makes a classic
/// run report. When pytest stops before that point (a usage error), each candidate's child runs the whole of
/// <c>pytest.main</c>, as the classic run would. No bytecode is written or trusted: a candidate of the same size written within the second
/// of the file it replaces would otherwise run as the file it replaced.
/// </summary>
internal static class PytestDriver
{
    public const string Source = """
        import json, os, select, shutil, signal, sys, time, traceback

        sys.dont_write_bytecode = True
        _here = os.path.dirname(os.path.abspath(__file__))
        sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _here]
        _workspace = os.getcwd()
        with open(sys.argv[1], encoding="utf-8") as _file:
            _batch = json.load(_file)
        _mark = "@@asa-warm-" + _batch["nonce"]
        _out = sys.stdout


        def _say(text):
            _out.write(text)
            _out.flush()


        def _fail(message):
            _say("\n%s error %s@@\n" % (_mark, message.replace("\n", " ")))
            os._exit(3)


        os.chdir(os.path.join(_workspace, _batch["dir"]))
        _root = os.getcwd()
        _temp = os.path.join(os.environ.get("TMPDIR") or "/tmp", "asa-warm-" + _batch["nonce"])
        try:
            import pytest
            from importlib.metadata import entry_points

            # Installed plugins load once here rather than in every candidate's run; pytest finds them already imported.
            for _plugin in entry_points(group="pytest11"):
                _plugin.load()
        except Exception as _error:
            _fail("pytest could not be loaded: %r" % (_error,))


        # Runs pytest once on a folder of its own with a passing and a failing test, so what it loads or builds lazily
        # (reporters, the JUnit XML writer, assertion rewriting, the failure report's source lookups and the module index
        # behind them) is there before the fork rather than made again in every candidate's child.
        def _warm_up():
            folder = os.path.join(_temp, "warm-up")
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, "pytest.ini"), "w") as ini:
                ini.write("[pytest]\n")
            with open(os.path.join(folder, "test_asa_warm_up.py"), "w") as tests:
                tests.write("def test_passes():\n    assert [1] == [1]\n\n\ndef test_fails():\n    assert [1, {'a': 2}] == [1, {'a': 3}]\n")
            path, saved = list(sys.path), (os.dup(1), os.dup(2))
            quiet = os.open(os.devnull, os.O_WRONLY)
            os.dup2(quiet, 1)
            os.dup2(quiet, 2)
            try:
                pytest.main(["-q", "-p", "no:cacheprovider", "--junit-xml", os.path.join(folder, "report.xml"),
                             "--rootdir", folder, "-c", os.path.join(folder, "pytest.ini"), folder])
            except BaseException:
                pass
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os.dup2(saved[0], 1)
                os.dup2(saved[1], 2)
                sys.path[:] = path
                sys.modules.pop("test_asa_warm_up", None)


        _warm_up()


        def _mine(module):
            path = os.path.abspath(getattr(module, "__file__", None) or "/")
            return path.startswith(_workspace + os.sep) and not path.startswith(_here + os.sep)


        # A module of the repository imported here would stay as it was for every candidate.
        def _check_none_imported(when):
            imported = sorted(name for name, module in list(sys.modules.items()) if _mine(module))
            if imported:
                _fail("the repository's own modules were imported %s: %s" % (when, ", ".join(imported)))


        _check_none_imported("with pytest")
        if _batch["module"]:
            sys.path.insert(0, _root)
        _argv0 = os.path.join(os.path.dirname(pytest.__file__), "__main__.py") if _batch["module"] else "pytest"


        def _start_time(pid):
            with open("/proc/%d/stat" % pid, "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
            return fields[1], int(fields[19])


        def _ancestors():
            pids, pid = set(), os.getpid()
            while pid > 0 and pid not in pids:
                pids.add(pid)
                try:
                    with open("/proc/%d/stat" % pid, "rb") as stat:
                        pid = int(stat.read().rsplit(b")", 1)[1].split()[1])
                except OSError:
                    break
            return pids


        _own_start = _start_time(os.getpid())[1]


        # Kills what a candidate's run left outside its process group (a daemon that called setsid), as the end of a sandbox
        # run would: the sandbox user's processes started after this driver, never the driver's ancestors.
        def _sweep():
            if os.getuid() == 0:
                return
            keep = _ancestors()
            for _ in range(200):
                left = 0
                for name in os.listdir("/proc"):
                    if not name.isdigit() or int(name) in keep:
                        continue
                    pid = int(name)
                    try:
                        if os.stat("/proc/%d" % pid).st_uid != os.getuid():
                            continue
                        state, started = _start_time(pid)
                        if state == b"Z" or started < _own_start:
                            continue
                        os.kill(pid, signal.SIGKILL)
                        left += 1
                    except OSError:
                        continue
                if left == 0:
                    return
                time.sleep(0.01)


        _report = os.path.join(_temp, "asa-test-report")
        # Set before pytest reads its options, so that the parent parses them as every candidate's child would.
        os.environ.update({
            "ASA_REPORT_ROOT": _root,
            "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHONPYCACHEPREFIX": os.path.join(_report, "pycache"),
            "PYTEST_ADDOPTS": " ".join(filter(None, [os.environ.get("PYTEST_ADDOPTS"), "--junit-xml=" + os.path.join(_report, "pytest.xml")])),
        })
        sys.argv = [_argv0] + list(_batch["args"])
        _in_child = False


        def _become_candidate(write):
            os.setpgid(0, 0)
            # Under the sandbox's memory limit the kernel then ends the candidate's processes, never the driver.
            with open("/proc/self/oom_score_adj", "w") as adjust:
                adjust.write("1000")
            os.dup2(write, 1)
            os.dup2(write, 2)
            os.close(write)
            signal.signal(signal.SIGPIPE, signal.SIG_DFL)
            sys.pycache_prefix = os.environ["PYTHONPYCACHEPREFIX"]


        def _pytest_main(plugins):
            try:
                return int(pytest.main(list(_batch["args"]) + ["-p", "no:cacheprovider"], plugins=plugins))
            except SystemExit as exit:
                return exit.code if isinstance(exit.code, int) else 1
            except BaseException:
                traceback.print_exc()
                return 1


        def _finish(code):
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            finally:
                os._exit(code)


        # Runs a candidate in a forked child: None in the child, which goes on to run the candidate's tests (the whole of
        # pytest when whole, else the rest of the pytest run the parent started); in the parent, the child's run.
        def _run(index, limit, whole):
            shutil.rmtree(_report, ignore_errors=True)
            os.makedirs(_report)
            read, write = os.pipe()
            started = time.monotonic()
            pid = os.fork()
            if pid == 0:
                global _in_child
                _in_child = True
                os.close(read)
                _become_candidate(write)
                if whole:
                    _finish(_pytest_main([]))
                return None
            os.close(write)
            try:
                os.setpgid(pid, pid)
            except OSError:
                pass
            output, status, hung, open_pipe = bytearray(), None, False, True
            while status is None:
                left = started + limit - time.monotonic()
                if left <= 0:
                    hung = True
                    break
                if open_pipe and select.select([read], [], [], min(left, 0.05))[0]:
                    open_pipe = _take(read, output)
                elif not open_pipe:
                    time.sleep(min(left, 0.001))
                done, code = os.waitpid(pid, os.WNOHANG)
                status = code if done else None
            seconds = time.monotonic() - started
            # What the run left is ended with it, as at the end of a sandbox run; then the pipe holds the rest of its output.
            _kill_group(pid)
            if status is None:
                os.waitpid(pid, 0)
            _sweep()
            while open_pipe and select.select([read], [], [], 0.2)[0]:
                open_pipe = _take(read, output)
            os.close(read)
            exit = 137 if hung else os.waitstatus_to_exitcode(status)
            exit = 128 - exit if exit < 0 else exit
            return exit, hung, seconds, output.decode("utf-8", "replace")


        def _take(read, output):
            chunk = os.read(read, 65536)
            output += chunk
            del output[:-_batch["tailBytes"]]
            return len(chunk) > 0


        def _kill_group(pid):
            try:
                os.killpg(pid, signal.SIGKILL)
            except OSError:
                pass


        def _bytes(path):
            with open(os.path.join(_workspace, path), "rb") as source:
                return source.read()


        def _put(path, content):
            with open(os.path.join(_workspace, path), "wb") as target:
                target.write(content)


        # Tries the candidates in turn (up to the first that passes, when the batch says so): True in a candidate's child, False in the parent at the end.
        def _try_candidates(whole):
            for index, candidate in enumerate(_batch["candidates"]):
                path = candidate.get("path")
                original = _bytes(path) if path else None
                if path:
                    _put(path, _bytes(candidate["content"]))
                try:
                    run = _run(index, _batch["limitSeconds"], whole)
                finally:
                    if path and not _in_child:
                        _put(path, original)
                if run is None:
                    return True
                exit, hung, seconds, output = run
                _say("\n%s begin %d@@\n%s\n@@asa-test-report-begin@@\n" % (_mark, index, output))
                xml = os.path.join(_report, "pytest.xml")
                if os.path.isfile(xml) and os.path.getsize(xml) > 0:
                    with open(xml, encoding="utf-8", errors="replace") as file:
                        _say("@@asa-test-report-file %s\n%s\n" % (xml, file.read()))
                _say("@@asa-test-report-end@@\n%s end %d %d %d %.3f@@\n" % (_mark, index, exit, 1 if hung else 0, seconds))
                if _batch["stopAtPass"] and exit == 0 and not hung:
                    break
            return False


        # pytest's start up to its first contact with the repository (options, ini files, plugins) is the same for every
        # candidate, so the parent goes that far once and forks each candidate's child there: the child loads the
        # conftests, collects and runs, all of them with the candidate written in.
        class _ForkBeforeConftests:
            entered = False

            @pytest.hookimpl(hookwrapper=True, tryfirst=True)
            def pytest_load_initial_conftests(self, early_config):
                _ForkBeforeConftests.entered = True
                _check_none_imported("with pytest's options and plugins")
                if _try_candidates(whole=False):
                    yield
                    return
                _say("%s done@@\n" % _mark)
                os._exit(0)


        _code = _pytest_main([_ForkBeforeConftests()])
        if _in_child:
            _finish(_code)
        if _ForkBeforeConftests.entered:
            _fail("pytest ended the driver while it ran the candidates (exit code %d)" % _code)
        # pytest stopped before the conftests (a usage error, say): each candidate's child runs the whole of pytest instead,
        # so that its output says why as the classic run's would.
        _try_candidates(whole=True)
        _say("%s done@@\n" % _mark)
        """;
}
