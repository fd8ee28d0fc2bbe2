# Writes one script from several, in the given order, each headed by its source's name: the
# page's deferred scripts arrive as one request instead of eight (app/CMakeLists.txt).
# cmake -DOUT=<file> -DSOURCE_DIR=<dir> "-DFILES=a.js;b.js" -P join_scripts.cmake
set(out "// Built from web/js by scripts/join_scripts.cmake; edit the sources, not this file.\n")
foreach(f IN LISTS FILES)
  file(READ "${SOURCE_DIR}/${f}" text)
  string(APPEND out "\n// ---- js/${f}\n${text}")
endforeach()
file(WRITE "${OUT}" "${out}")
