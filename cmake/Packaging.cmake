# Installing CapFlow like any Linux desktop program, and its Debian package.
#   cmake --install BUILD_DIR --prefix /usr         (DESTDIR honoured)
#   cmake --build BUILD_DIR --target package        BUILD_DIR/capflow_<version>_<arch>.deb
# scripts/check-install.sh checks both. Included from the top-level CMakeLists.txt after every
# subdirectory, so that the install rules (the program's in app/CMakeLists.txt) precede
# include(CPack). Only the program and these desktop files are installed: no tests, no tools, no
# libraries (capflowcore and capflowapp are static).

# The reverse-DNS id names the desktop file, the metainfo, the MIME package and the icons, and is
# what app/main.cpp passes to QGuiApplication::setDesktopFileName.
set(CAPFLOW_APP_ID io.github.capflow.CapFlow)
set(capflow_resources ${PROJECT_SOURCE_DIR}/resources)

install(FILES ${capflow_resources}/${CAPFLOW_APP_ID}.desktop
  DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${capflow_resources}/${CAPFLOW_APP_ID}.metainfo.xml
  DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${capflow_resources}/${CAPFLOW_APP_ID}.mime.xml
  DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
  RENAME ${CAPFLOW_APP_ID}.xml)
# PNGs rendered once from resources/icons/capflow.svg (rsvg-convert -w N -h N); the SVG itself is
# the scalable icon.
foreach(size 16 24 32 48 64 128 256 512)
  install(FILES ${capflow_resources}/icons/hicolor/${size}x${size}/apps/${CAPFLOW_APP_ID}.png
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${capflow_resources}/icons/capflow.svg
  DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
  RENAME ${CAPFLOW_APP_ID}.svg)

# Debian package. The icon cache, the desktop database and the MIME database are refreshed by the
# file triggers of hicolor-icon-theme, desktop-file-utils and shared-mime-info: no maintainer
# scripts needed.
set(CAPFLOW_PACKAGE_MAINTAINER "CapFlow maintainers <maintainers@users.noreply.r-seed-5e57a880.example>"
  CACHE STRING "Maintainer field of the Debian package")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME capflow)
set(CPACK_PACKAGE_VENDOR "The CapFlow developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "explore capital flows in the AI industry")
set(CPACK_PACKAGE_DESCRIPTION
  "CapFlow shows how capital flows through the AI industry: who invests in whom, who buys whose
compute and chips, and whether the money comes back round. It opens on a bundled, sourced dataset
of deals, and lets you explore the deal network, compare valuations over time, analyse circular
flows and vendor financing, enter new deals, and print or export sourced charts and reports in
German and English. Exports, checks and analyses also run from the command line without a display.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_NAME capflow)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CAPFLOW_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Depends from the libraries the program links (dpkg-shlibdeps, from dpkg-dev). Qt's platform,
# SVG image and SVG icon plugins come with libqt6gui6 and libqt6svg6, which the program links.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's own strings (standard dialogs and buttons) in German.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
include(CPack)
