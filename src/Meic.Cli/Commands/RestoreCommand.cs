using System.CommandLine;
using Spectre.Console;
using Meic.Core.Hosting;
using Meic.Core.Store;
using Meic.Sdk.Errors;

namespace Meic.Cli.Commands;

/// <summary><c>meic restore FILE</c>: replaces the store's content with a backup, keeping the old content aside.</summary>
internal static class RestoreCommand
{
    public static Command Create(MeicContext context)
    {
        var file = new Argument<string>("FILE") { Description = context.Strings["cmd.restore.file"] };
        var command = new Command("restore", context.Strings["cmd.restore"]) { file };
        command.SetAction(parse =>
        {
            var source = Path.GetFullPath(parse.GetValue(file)!);
            var store = context.Store as IFileStore
                ?? throw new InputException(context.Strings["restore.notFileStore", context.Store.Info.Kind]);
            if (Path.GetFullPath(store.Path) == source) throw new InputException(context.Strings["restore.live"], source);
            store.ValidateBackupFile(source);
            var saved = $"{store.Path}.before-restore-{context.Clock.Now:yyyyMMdd-HHmmss}";
            store.BackupTo(saved);
            store.RestoreFrom(source);
            if (context.Json) context.WriteJson(new { restored = store.Path, from = source, previous = saved });
            else context.Console.WriteLine(context.Strings["restore.done", store.Path, source, saved]);
            return 0;
        });
        return command;
    }
}
