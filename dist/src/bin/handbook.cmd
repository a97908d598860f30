@echo off
rem Handbook, from the release bundle: runs handbook.jar (Java 17 or newer) with quick start-up
rem options. Extra JVM options: HANDBOOK_JAVA_OPTS. The java of JAVA_HOME, else the one on the PATH.
setlocal
set "HANDBOOK_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA_EXE=%JAVA_HOME%\bin\java.exe") else (set "JAVA_EXE=java")
rem builds and checks on the quick JIT alone (C1), and serve too (bin/handbook gives serve C2 as well for
rem content folders of over 5,000 files on more than two cores, which this script does not count); a small young generation for
rem builds: faster and half the peak memory, a larger one for serve (as bin/handbook); builds inline less
rem in C1, which compiles sooner (as bin/handbook for up to 5,000 files)
set "HANDBOOK_JVM=-XX:TieredStopAtLevel=1 -XX:MaxNewSize=192m -XX:C1MaxInlineLevel=3 -XX:C1MaxInlineSize=20"
if /i "%~1"=="serve" set "HANDBOOK_JVM=-XX:TieredStopAtLevel=1 -XX:MaxNewSize=512m"
rem one compiler thread on two cores or fewer, where the second takes a core from the build (as bin/handbook)
if "%NUMBER_OF_PROCESSORS%"=="1" set "HANDBOOK_JVM=%HANDBOOK_JVM% -XX:CICompilerCount=1"
if "%NUMBER_OF_PROCESSORS%"=="2" set "HANDBOOK_JVM=%HANDBOOK_JVM% -XX:CICompilerCount=1"
"%JAVA_EXE%" -XX:+UseParallelGC %HANDBOOK_JVM% -Xss4m -Dfile.encoding=UTF-8 %HANDBOOK_JAVA_OPTS% -jar "%HANDBOOK_HOME%\handbook.jar" %*
exit /b %ERRORLEVEL%
