# fish completion for duban. The candidates and their descriptions come from `duban __complete`,
# which knows every command and option of the binary and the names in the current tasks.yaml.

function __duban_complete
    set -l words (commandline -opc)
    set -l program $words[1]
    set -e words[1]
    set -l current (commandline -ct)
    for line in ($program __complete -- $words "$current" 2>/dev/null)
        if test "$line" = ":file"
            __fish_complete_path "$current"
        else
            echo $line
        end
    end
end

complete -c duban -f -a '(__duban_complete)'
