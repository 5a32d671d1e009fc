#!/bin/sh
# Install Job Follow-up for you alone, without root: the app goes to
# ~/.local/opt/jobfollowup, its menu entry to ~/.local/share/applications, its icons to
# ~/.local/share/icons/hicolor and a `jobfollowup` command to ~/.local/bin; the links in
# calendar events (jobfollowup://…) open in it.
#   ./install-user.sh              install (or update) from the folder this script is in
#   ./install-user.sh --uninstall  remove all of it (your data and log stay)
set -eu

APP_ID=org.jobfollowup.JobFollowup
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/jobfollowup
bin=$HOME/.local/bin
entry=$data_home/applications/$APP_ID.desktop

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database -q "$data_home/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t "$data_home/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$target"
    rm -f "$entry" "$data_home/metainfo/$APP_ID.metainfo.xml"
    find "$data_home/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
    [ -L "$bin/jobfollowup" ] && rm -f "$bin/jobfollowup"
    refresh_menus
    echo "Job Follow-up is uninstalled. Your data is still in ${XDG_DATA_HOME:-$HOME/.local/share}/jobfollowup."
    exit 0
fi

[ -x "$here/jobfollowup" ] || { echo "install-user.sh: run it from the unpacked Job Follow-up folder" >&2; exit 1; }

rm -rf "$target"
mkdir -p "$target" "$bin" "$data_home/applications" "$data_home/metainfo"
cp -R "$here/jobfollowup" "$here/_internal" "$target/"
cp -R "$here/share/icons" "$data_home/"
cp "$here/share/metainfo/$APP_ID.metainfo.xml" "$data_home/metainfo/"
ln -sf "$target/jobfollowup" "$bin/jobfollowup"

# The menu entry runs the copy just made; its Exec path is quoted as the desktop entry
# specification asks (\ " ` $ escaped inside quotes, % doubled), in case $HOME has spaces.
program="$target/jobfollowup"
quoted=$(printf '%s' "$program" | sed -e 's/%/%%/g' -e 's/[\\"`$]/\\&/g')
quoted=$(printf '%s' "\"$quoted\"" | sed -e 's/\\/\\\\/g')
tryexec=$(printf '%s' "$program" | sed -e 's/\\/\\\\/g')
sed -e "s|^Exec=@PROGRAM@ %u\$|Exec=$(printf '%s' "$quoted" | sed -e 's/[&|\\]/\\&/g') %u|" \
    -e "s|^TryExec=@PROGRAM@\$|TryExec=$(printf '%s' "$tryexec" | sed -e 's/[&|\\]/\\&/g')|" \
    "$here/share/applications/$APP_ID.desktop" > "$entry"
chmod 644 "$entry"
refresh_menus
# The links in the calendar's events (jobfollowup://follow-up/…) open in the app.
command -v xdg-mime >/dev/null 2>&1 \
    && xdg-mime default "$APP_ID.desktop" x-scheme-handler/jobfollowup || true

echo "Job Follow-up is installed: find it in your applications menu, or run $bin/jobfollowup"
