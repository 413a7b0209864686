# subprocess: run, Popen with pipes, communicate, return codes, errors.
import os
import signal
import subprocess
import sys

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r)
print(r.returncode, r.stdout, r.stderr)
print(subprocess.run("echo $((6 * 7)); echo err >&2; exit 4", shell=True,
                     capture_output=True, text=True))
print(subprocess.run(["cat"], input=b"piped input\n", capture_output=True).stdout)
print(subprocess.run(["cat"], input="text input\r\nline2\n", capture_output=True, text=True).stdout)
print(subprocess.call(["true"]), subprocess.call(["false"]), subprocess.call("exit 7", shell=True))
print(subprocess.check_call(["true"]))
print(subprocess.check_output(["printf", "a\\nb"]))
print(subprocess.check_output("echo $0", shell=True, text=True))
print(subprocess.getoutput("echo one; echo two"))
print(subprocess.getstatusoutput("echo bad; exit 3"))
print(subprocess.getstatusoutput("nonexistent_command_zz 2>/dev/null")[0])

# stderr=STDOUT and DEVNULL
print(subprocess.run("echo out; echo err >&2", shell=True, stdout=subprocess.PIPE,
                     stderr=subprocess.STDOUT).stdout)
print(subprocess.run("echo hidden; echo shown >&2", shell=True, stdout=subprocess.DEVNULL,
                     stderr=subprocess.PIPE).stderr)
print(subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True).stdout)

# Popen by hand
with subprocess.Popen(["sh", "-c", "read x; echo got $x; exit 5"], stdin=subprocess.PIPE,
                      stdout=subprocess.PIPE) as p:
    print(p.poll(), isinstance(p.pid, int))
    out, err = p.communicate(b"ping\n")
    print(out, err, p.returncode, p.wait())
print(repr(p))
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write("line one\n")
p.stdin.close()
print(repr(p.stdout.read()), p.wait())
p.stdout.close()

# cwd and env
print(subprocess.run(["pwd"], cwd="/", capture_output=True, text=True).stdout)
print(subprocess.run("echo $SPRY_TEST_VAR", shell=True, env={"SPRY_TEST_VAR": "v1", "PATH": os.environ["PATH"]},
                     capture_output=True, text=True).stdout)

# kill / terminate / send_signal
p = subprocess.Popen(["sleep", "10"])
p.terminate()
print(p.wait())
p = subprocess.Popen(["sleep", "10"])
p.kill()
print(p.wait())
p = subprocess.Popen(["sleep", "10"])
p.send_signal(signal.SIGINT)
print(p.wait())

# errors
try:
    subprocess.run(["nonexistent_program_spry"])
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    subprocess.run(["ls"], cwd="/nonexistent_dir_spry")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    subprocess.check_call(["sh", "-c", "exit 2"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e, e.returncode, e.cmd)
try:
    subprocess.run(["sh", "-c", "kill -TERM $$"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e)
try:
    subprocess.check_output(["sh", "-c", "echo partial; exit 1"])
except subprocess.CalledProcessError as e:
    print("output kept:", e.output, e.stdout)
try:
    subprocess.run(["sleep", "5"], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e.cmd, e.timeout > 0)
try:
    subprocess.run(["sh", "-c", "echo early; sleep 5"], capture_output=True, timeout=1.5)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired with output:", e.stdout)
p = subprocess.Popen(["sleep", "5"])
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print(str(e))
p.kill()
p.wait()
print(str(subprocess.TimeoutExpired(["x"], 1.5)))
try:
    subprocess.run(["cat"], input=b"x", stdin=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
try:
    subprocess.check_output(["true"], stdout=None)
except ValueError as e:
    print("ValueError:", e)
cp = subprocess.CompletedProcess(["a"], 1)
try:
    cp.check_returncode()
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e)
print(sys.executable != "")
