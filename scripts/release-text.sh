# The few words the build scripts print before the toolkit (and its string tables) exists, in the
# user's language: --lang, MEIC_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else English.
# Sourced by scripts/release.sh, scripts/install.sh and ./quickstart.
release_language() {
  local l="${1:-}"
  [ -n "$l" ] || l="${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}"
  case "$l" in it*) RELEASE_LANG=it ;; es*) RELEASE_LANG=es ;; *) RELEASE_LANG=en ;; esac
}
release_text() {
  case "$RELEASE_LANG:$1" in
    it:building) echo "Compilazione del toolkit, circa 2 minuti…" ;;
    es:building) echo "Compilando el toolkit, unos 2 minutos…" ;;
    *:building) echo "Building the toolkit, about 2 minutes…" ;;
    it:built) echo "Toolkit pronto in $2." ;;
    es:built) echo "Toolkit listo en $2." ;;
    *:built) echo "The toolkit is ready in $2." ;;
    it:failed) echo "meic: la compilazione non è riuscita (registro completo: $2)." ;;
    es:failed) echo "meic: la compilación ha fallado (registro completo: $2)." ;;
    *:failed) echo "meic: the build failed (full log: $2)." ;;
    it:installed) echo "meic installato in $2 (comando: $3)." ;;
    es:installed) echo "meic instalado en $2 (comando: $3)." ;;
    *:installed) echo "meic is installed in $2 (command: $3)." ;;
    it:path) echo "$2 non è nel PATH: aggiungi  export PATH=\"$2:\$PATH\"  a ~/.profile." ;;
    es:path) echo "$2 no está en el PATH: añade  export PATH=\"$2:\$PATH\"  a ~/.profile." ;;
    *:path) echo "$2 is not on PATH: add  export PATH=\"$2:\$PATH\"  to ~/.profile." ;;
    it:demo-exists) echo "quickstart: $2 contiene già un cluster; lo mostro (elimina la cartella per ricominciare)." ;;
    es:demo-exists) echo "quickstart: $2 ya contiene un clúster; lo muestro (borra la carpeta para empezar de nuevo)." ;;
    *:demo-exists) echo "quickstart: $2 already holds a cluster; showing it (remove the folder to start afresh)." ;;
  esac
}
