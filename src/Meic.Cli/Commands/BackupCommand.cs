using System.CommandLine;
using Spectre.Console;
using Meic.Core.Hosting;
using Meic.Core.Store;
using Meic.Sdk.Errors;

namespace Meic.Cli.Commands;

/// <summary><c>meic backup FILE</c>: an online, consistent copy of the live store (a SQLite or LiteDB file).</summary>
internal static class BackupCommand
{
    public static Command Create(MeicContext context)
    {
        var file = new Argument<string>("FILE") { Description = context.Strings["cmd.backup.file"] };
        var command = new Command("backup", context.Strings["cmd.backup"]) { file };
        command.SetAction(parse =>
        {
            var target = Path.GetFullPath(parse.GetValue(file)!);
            if (File.Exists(target)) throw new InputException(context.Strings["backup.exists"], target);
            if (!Directory.Exists(Path.GetDirectoryName(target))) throw new InputException(context.Strings["backup.noFolder", Path.GetDirectoryName(target)], target);
            var store = context.Store as IFileStore
                ?? throw new InputException(context.Strings["backup.notFileStore", context.Store.Info.Kind]);
            var temp = target + ".partial";
            try
            {
                store.BackupTo(temp);
                File.Move(temp, target); // the backup appears whole or not at all
            }
            finally { if (File.Exists(temp)) File.Delete(temp); }
            if (context.Json) context.WriteJson(new { source = store.Path, backup = target, bytes = new FileInfo(target).Length });
            else context.Console.WriteLine(context.Strings["backup.done", store.Path, target]);
            return 0;
        });
        return command;
    }
}
