# Debian packages (CPack): `cpack -G DEB` in the build folder makes one package per machine role:
#   anju-station  broker set-up and unit, station engine, console, monitor, simulator (the nurse
#                 station PC)
#   anju-kiosk    the resident kiosk and its unit (every kiosk)
#   anju-vision   the camera daemon, the clip server and their units (every vision node)
# Installed under /usr; configuration in /etc/anju, state in /var/lib/anju (docs/operations.md).
include(GNUInstallDirs)

# install(TARGETS) here rather than in each folder: the packaging layout lives in one place.
function(anju_install_programs component)
  foreach(target IN LISTS ARGN)
    if(TARGET ${target})
      install(TARGETS ${target} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT ${component})
    endif()
  endforeach()
endfunction()

anju_install_programs(station anju-engine anju-nursestation anju-phoned anju-monitor anju-sim)
anju_install_programs(kiosk anju-kiosk)
anju_install_programs(vision anju-vision anju-vision-eval anju-clip anju-clipd)

# anju-broker-setup finds its template beside it (../assets/broker), so the tools keep that layout
# under /usr/lib/anju, with one-line launchers on the PATH. anju-clipd-cert issues clip server
# certificates from the site CA, which lives on the station.
set(ANJU_LIBEXEC lib/anju)
install(FILES ${PROJECT_SOURCE_DIR}/assets/broker/mosquitto.conf.in
        DESTINATION ${ANJU_LIBEXEC}/assets/broker COMPONENT station)
foreach(tool anju-broker-setup anju-clipd-cert)
  if(NOT EXISTS ${PROJECT_SOURCE_DIR}/tools/${tool})
    continue()
  endif()
  install(PROGRAMS ${PROJECT_SOURCE_DIR}/tools/${tool} DESTINATION ${ANJU_LIBEXEC}/tools
          COMPONENT station)
  file(GENERATE OUTPUT ${CMAKE_BINARY_DIR}/packaging/${tool}
       CONTENT "#!/bin/sh\nexec \"\${0%/*}/../${ANJU_LIBEXEC}/tools/${tool}\" \"$@\"\n"
       FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ
                        WORLD_EXECUTE)
  install(PROGRAMS ${CMAKE_BINARY_DIR}/packaging/${tool} DESTINATION ${CMAKE_INSTALL_BINDIR}
          COMPONENT station)
endforeach()

# systemd units and sample configuration.
set(ANJU_UNITS ${PROJECT_SOURCE_DIR}/assets/systemd)
set(ANJU_UNIT_DIR lib/systemd/system)
install(FILES ${ANJU_UNITS}/anju-broker.service ${ANJU_UNITS}/anju-engine.service
              ${ANJU_UNITS}/anju-phoned.service
        DESTINATION ${ANJU_UNIT_DIR} COMPONENT station)
install(FILES ${PROJECT_SOURCE_DIR}/assets/config/demo-nodes.txt
        DESTINATION ${CMAKE_INSTALL_DATADIR}/anju/examples COMPONENT station)
install(FILES ${PROJECT_SOURCE_DIR}/docs/operations.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/anju-station COMPONENT station)
install(FILES ${ANJU_UNITS}/anju-kiosk@.service DESTINATION ${ANJU_UNIT_DIR} COMPONENT kiosk)
install(FILES ${PROJECT_SOURCE_DIR}/assets/kiosk/day-schedule.json
              ${PROJECT_SOURCE_DIR}/assets/kiosk/directory.json
              ${PROJECT_SOURCE_DIR}/assets/kiosk/kiosk-staff.conf
              ${PROJECT_SOURCE_DIR}/assets/kiosk/fonts/kiosk-fonts.conf
        DESTINATION ${CMAKE_INSTALL_DATADIR}/anju/examples COMPONENT kiosk)
install(FILES ${ANJU_UNITS}/anju-vision@.service ${ANJU_UNITS}/anju-clipd@.service
        DESTINATION ${ANJU_UNIT_DIR} COMPONENT vision)
install(FILES ${PROJECT_SOURCE_DIR}/assets/vision/vision-node.sample.json
        DESTINATION ${CMAKE_INSTALL_DATADIR}/anju/examples COMPONENT vision)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME anju)
set(CPACK_PACKAGE_VENDOR "Anju")
set(CPACK_PACKAGE_CONTACT "Anju maintainers <anju@localhost>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL station kiosk vision)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
# Shared-library dependencies come from dpkg-shlibdeps; what is loaded at run time (QML modules,
# plugins, the broker) is named below.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(ANJU_QML_DEPENDS
    "qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-layouts, qml6-module-qtquick-window, qml6-module-qtqml-workerscript, qml6-module-qtquick-templates, qml6-module-qtqml-models, qml6-module-qtquick-shapes, qml6-module-qtmultimedia, libqt6svg6, libqt6sql6-sqlite, fonts-noto-cjk, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good")

set(CPACK_DEBIAN_STATION_PACKAGE_NAME anju-station)
set(CPACK_DEBIAN_STATION_DESCRIPTION
    "Anju nurse station: broker set-up, station engine, console\n The alarm engine, the nurse station console and the facility broker's set-up.")
set(CPACK_DEBIAN_STATION_PACKAGE_DEPENDS "adduser, mosquitto, openssl, sqlite3, ${ANJU_QML_DEPENDS}")
set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME anju-kiosk)
set(CPACK_DEBIAN_KIOSK_DESCRIPTION
    "Anju resident kiosk\n Bedside, bathroom and hallway kiosk for nurse calls and the day's plan.")
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS
    "adduser, ${ANJU_QML_DEPENDS}, qml6-module-qttexttospeech, qt6-speech-speechd-plugin, speech-dispatcher-espeak-ng")
set(CPACK_DEBIAN_VISION_PACKAGE_NAME anju-vision)
set(CPACK_DEBIAN_VISION_DESCRIPTION
    "Anju vision node\n Camera fall and wandering detection and the clip server.")
set(CPACK_DEBIAN_VISION_PACKAGE_DEPENDS "adduser, openssl, sqlite3")

# Maintainer scripts: the service users, /etc/anju and /var/lib/anju.
foreach(component station kiosk vision)
  string(TOUPPER ${component} upper)
  configure_file(${CMAKE_CURRENT_LIST_DIR}/debian/postinst.in
                 ${CMAKE_BINARY_DIR}/packaging/${component}/postinst @ONLY)
  set(CPACK_DEBIAN_${upper}_PACKAGE_CONTROL_EXTRA ${CMAKE_BINARY_DIR}/packaging/${component}/postinst)
  set(CPACK_DEBIAN_${upper}_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
endforeach()

include(CPack)
