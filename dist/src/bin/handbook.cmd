@echo off
rem Handbook, from the release bundle: runs handbook.jar (Java 17 or newer) with quick start-up
rem options. Extra JVM options: HANDBOOK_JAVA_OPTS. The java of JAVA_HOME, else the one on the PATH.
setlocal
set "HANDBOOK_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA_EXE=%JAVA_HOME%\bin\java.exe") else (set "JAVA_EXE=java")
rem builds and checks on the quick JIT alone (C1); serve, which lives long, on C1 and C2 (as bin/handbook)
set "HANDBOOK_JIT=-XX:TieredStopAtLevel=1"
if /i "%~1"=="serve" set "HANDBOOK_JIT="
rem a small young generation: faster and half the peak memory of a large build (as bin/handbook)
"%JAVA_EXE%" -XX:+UseParallelGC -XX:MaxNewSize=192m %HANDBOOK_JIT% -Xss4m -Dfile.encoding=UTF-8 %HANDBOOK_JAVA_OPTS% -jar "%HANDBOOK_HOME%\handbook.jar" %*
exit /b %ERRORLEVEL%
