#!/bin/sh
# Install the Persona Workbench bundle for the current user, with its menu entry, icon and
# .pwb file type. Shipped inside the bundle as install.sh:
#
#   ./install.sh                      # into ~/.local (the program in ~/.local/bin)
#   sudo PREFIX=/usr/local ./install.sh
#   ./install.sh --uninstall
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
APP_DIR=$PREFIX/lib/persona-workbench
BIN=$PREFIX/bin/persona-workbench
DESKTOP=$PREFIX/share/applications/persona-workbench.desktop
ICON=$PREFIX/share/icons/hicolor/512x512/apps/persona-workbench.png
MIME=$PREFIX/share/mime/packages/persona-workbench.xml

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$PREFIX/share/applications" || true
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$PREFIX/share/mime" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$APP_DIR"
    rm -f "$BIN" "$DESKTOP" "$ICON" "$MIME"
    refresh
    echo "Persona Workbench removed from $PREFIX"
    exit 0
fi

if [ "$HERE" != "$APP_DIR" ]; then
    rm -rf "$APP_DIR"
    mkdir -p "$APP_DIR"
    cp -a "$HERE/." "$APP_DIR/"
fi
mkdir -p "$(dirname "$BIN")" "$(dirname "$DESKTOP")" "$(dirname "$ICON")" "$(dirname "$MIME")"
ln -sf "$APP_DIR/persona-workbench" "$BIN"
# Absolute paths: a desktop session's PATH often lacks ~/.local/bin.
sed -e "s|^Exec=persona-workbench|Exec=$APP_DIR/persona-workbench|" \
    -e "s|^TryExec=persona-workbench|TryExec=$APP_DIR/persona-workbench|" \
    "$HERE/persona-workbench.desktop" > "$DESKTOP"
cp "$HERE/persona-workbench.png" "$ICON"
cp "$HERE/persona-workbench-mime.xml" "$MIME"
refresh
echo "Persona Workbench installed in $APP_DIR; start it from the menu or with $BIN"
