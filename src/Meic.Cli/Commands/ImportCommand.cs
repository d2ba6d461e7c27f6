using System.CommandLine;
using System.Globalization;
using Meic.Core.Hosting;
using Meic.Core.Imports;
using Spectre.Console;

namespace Meic.Cli.Commands;

/// <summary><c>meic import history|undo</c>: the imports recorded in the store, and the reversal of the last one.</summary>
internal static class ImportCommand
{
    public static Command Create(MeicContext context)
    {
        var t = context.Strings;
        var history = new Command("history", t["cmd.import.history"]);
        history.SetAction(_ =>
        {
            var imports = ImportUndo.History(context.Store);
            if (context.Json)
            {
                context.WriteJson(imports.Select(i => new
                {
                    id = i.Id, owner = i.Owner, what = i.What, file = i.File, encoding = i.Encoding, at = i.At, user = i.User,
                    created = i.Created, updated = i.Updated, undone = i.UndoneAt,
                }));
                return 0;
            }
            if (imports.Count == 0) { context.Console.Write(new Text(t["import.history.none"] + "\n")); return 0; }
            var table = new Table().AddColumn(t["import.col.id"]).AddColumn(t["import.col.when"]).AddColumn(t["import.col.what"])
                .AddColumn(t["import.col.file"]).AddColumn(t["import.col.created"]).AddColumn(t["import.col.updated"]).AddColumn(t["import.col.state"]);
            foreach (var i in imports)
                table.AddRow(new Text(i.Id), new Text(Meic.Sdk.Text.Dates.FormatShort(DateOnly.FromDateTime(i.At.ToLocalTime().DateTime), t.Language) + " " + i.At.ToLocalTime().ToString("HH:mm", CultureInfo.InvariantCulture)), new Text(Word(t, "import.what.", i.What)),
                    new Text(i.File), new Text(i.Created.ToString(CultureInfo.InvariantCulture)), new Text(i.Updated.ToString(CultureInfo.InvariantCulture)),
                    new Text(i.UndoneAt is null ? t["import.state.standing"] : t["import.state.undone"]));
            context.Console.Write(table);
            return 0;
        });

        var id = new Argument<string?>("ID") { Description = t["import.arg.id"], Arity = ArgumentArity.ZeroOrOne };
        var undo = new Command("undo", t["cmd.import.undo"]) { id };
        undo.SetAction(parse =>
        {
            var report = ImportUndo.Undo(context.Store, t, parse.GetValue(id));
            if (context.Json)
            {
                context.WriteJson(new { import = report.Import.Id, file = report.Import.File, what = report.Import.What, removed = report.Removed, restored = report.Restored, removedByCollection = report.RemovedByCollection });
                return 0;
            }
            var parts = string.Join(", ", report.RemovedByCollection.Select(kv => $"{kv.Value} {Word(t, "import.collection.", kv.Key)}"));
            context.Console.Write(new Text(t["import.undo.done", report.Import.File, report.Removed, parts.Length == 0 ? "-" : parts, report.Restored] + "\n"));
            return 0;
        });
        return new Command("import", t["cmd.import"]) { history, undo };
    }

    // What was imported and the collections touched, in the user's words ("legami", not "relationships"); a name no table knows stays as it is.
    private static string Word(Meic.Sdk.Text.Strings t, string prefix, string name) => t[prefix + name] is var w && w != prefix + name ? w : name;
}
