#!/usr/bin/env python3
"""Where this Python looks for packages under an install prefix, relative to it.

    site_dir.py PREFIX     e.g. /usr/local → lib/python3.11/dist-packages (Debian)

CMake runs it with the interpreter the module is built for, to default
AKSESIBEL_PYTHON_INSTALL_DIR; tests/install/install_test.sh runs it again to
check the installed layout. Debian's python3 has its own schemes: packages
of /usr/local go to lib/python3.X/dist-packages ("posix_local", which is on
its sys.path), those of /usr to lib/python3/dist-packages ("deb_system"). Any
other Python: its "platlib" for that prefix (lib/python3.X/site-packages).
"""
import os
import sys
import sysconfig

prefix = os.path.normpath(sys.argv[1])
schemes = sysconfig.get_scheme_names()
if "deb_system" in schemes and prefix == "/usr":
    path = sysconfig.get_path("platlib", "deb_system", vars={"base": prefix, "platbase": prefix})
elif "posix_local" in schemes:
    # "{base}/local/lib/python3.X/dist-packages": the part after {base}/local.
    marker = os.path.join(os.sep, "aksesibel-base")
    local = sysconfig.get_path("platlib", "posix_local", vars={"base": marker, "platbase": marker})
    path = os.path.join(prefix, os.path.relpath(local, os.path.join(marker, "local")))
else:
    path = sysconfig.get_path("platlib", vars={"base": prefix, "platbase": prefix})
print(os.path.relpath(path, prefix))
