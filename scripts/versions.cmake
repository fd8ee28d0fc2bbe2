# Reads scripts/versions.env (the one place versions are pinned) into CMake variables.
file(STRINGS "${CMAKE_SOURCE_DIR}/scripts/versions.env" _opp_version_lines REGEX "^[A-Z_0-9]+=")
foreach(_line IN LISTS _opp_version_lines)
  string(REGEX MATCH "^([A-Z_0-9]+)=(.*)$" _ "${_line}")
  set(${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
endforeach()
