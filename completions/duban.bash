# bash completion for duban. The candidates come from `duban __complete`, which knows every
# command and option of the binary and the names in the current tasks.yaml; this file only
# passes the words over and hands the answer to bash.

_duban() {
    local cur=${COMP_WORDS[COMP_CWORD]}
    # bash splits `--leader=何` into `--leader`, `=`, `何` (COMP_WORDBREAKS): join them again.
    local -a args=()
    local j word join=0
    for ((j = 1; j <= COMP_CWORD; j++)); do
        word=${COMP_WORDS[j]}
        if ((join)); then
            args[-1]+=$word
            join=0
        elif [[ $word == "=" && ${#args[@]} -gt 0 && ${args[-1]} == -* && ${args[-1]} != *=* ]]; then
            args[-1]+="="
            join=1
        else
            args+=("$word")
        fi
    done
    ((${#args[@]})) || args=("")
    # What bash replaces is the text after the `=`, so the option part is taken off again.
    local strip=""
    if [[ ${args[-1]} != "$cur" && ${args[-1]} == -*=* ]]; then
        strip=${args[-1]%%=*}=
        cur=${args[-1]#"$strip"}
    fi

    local out line
    out=$("${COMP_WORDS[0]}" __complete -- "${args[@]}" 2>/dev/null) || return
    COMPREPLY=()
    while IFS= read -r line; do
        [[ -n $line ]] || continue
        if [[ $line == ":file" ]]; then
            compopt -o filenames 2>/dev/null
            while IFS= read -r line; do COMPREPLY+=("$line"); done < <(compgen -f -- "$cur")
            continue
        fi
        line=${line%%$'\t'*}
        COMPREPLY+=("${line#"$strip"}")
    done <<<"$out"
}

complete -F _duban duban
