using System.CommandLine;
using System.Globalization;
using Meic.Mapping.Domain;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Tables;

namespace Meic.Mapping.Commands;

/// <summary>
/// <c>meic map import actors|ties FILE [--dry-run] [--map col=field] [--ignore col] [--merge-duplicates] [--separator ;]</c>:
/// every column mapped or refused, all rows valid or nothing written, the import recorded for <c>meic import undo</c>.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var text = MappingPlugin.Text(ctx);
        var what = new Argument<string>("WHAT") { Description = text["arg.what"] };
        what.AcceptOnlyFromAmong("actors", "ties");
        var file = new Argument<string>("FILE") { Description = text["arg.importFile"] };
        var dry = new Option<bool>("--dry-run") { Description = text["opt.dryRun"] };
        var map = new Option<string[]>("--map") { Description = text["opt.map"] };
        var ignore = new Option<string[]>("--ignore") { Description = text["opt.ignore"] };
        var merge = new Option<bool>("--merge-duplicates") { Description = text["opt.mergeDuplicates"] };
        var separator = new Option<string?>("--separator") { Description = text["opt.separator"] };
        var description = text["cmd.import"] + " " + text["import.fields",
            ImportSchemas.Actors("actors").FieldList(ctx.Language), ImportSchemas.Ties("ties").FieldList(ctx.Language)];
        var cmd = new Command("import", description) { what, file, dry, map, ignore, merge, separator };
        cmd.SetAction(p =>
        {
            var import = MapImport.Plan(ctx, new MapImportRequest(p.GetValue(what)!, p.GetValue(file)!, p.GetValue(map) ?? [], p.GetValue(ignore) ?? [],
                p.GetValue(merge), p.GetValue(separator)));
            var report = p.GetValue(dry) ? import.Report with { DryRun = true } : import.Write();
            var ok = import.Writable;
            Print(ctx, report, import.Request.Kind);
            if (!ok)
            {
                var first = report.Rows.First(r => r.Action == "reject");
                throw new InputException(text.Plural("err.rejected", report.Rejected, report.Rows.Count, first.Message), report.File);
            }
            return 0;
        });
        return cmd;
    }

    /// <summary>The table in <paramref name="path"/> through the SDK's one reader; <paramref name="separator"/> overrides detection.</summary>
    internal static Table Read(IMeicContext ctx, string path, string? separator)
    {
        char? delimiter = separator switch
        {
            null or "" => null,
            "tab" or "\\t" or "\t" => '\t',
            { Length: 1 } s => s[0],
            _ => throw new InputException(MappingPlugin.Text(ctx)["err.separator", separator], "--separator"),
        };
        return TableReader.Read(path, ctx.Language, new TableReadOptions { Delimiter = delimiter });
    }

    private const int ShownRows = 200;

    private static void Print(IMeicContext ctx, ImportReport report, string kind)
    {
        var text = MappingPlugin.Text(ctx);
        if (ctx.Json)
        {
            ctx.WriteJson(new
            {
                report.File, report.Encoding, report.DryRun, report.Written, report.ImportId, report.Created, report.Updated, report.Unchanged, report.Merged, report.Rejected,
                columns = report.Columns.Select(c => new { column = c.Header, field = c.Field, how = c.How }),
                duplicates = report.Duplicates.Select(d => new { line = d.Line, name = d.Name, id = d.Id, otherId = d.OtherId, otherName = d.OtherName, otherLine = d.OtherLine, why = d.Why, merged = d.Merged }),
                report.Rows,
            });
            return;
        }
        var columns = Shared.NewTable(text["col.column"], text["col.field"], text["col.how"]);
        foreach (var c in report.Columns) Shared.Row(columns, c.Header, c.Field is null ? "—" : ImportSchemas.FieldLabel(kind, c.Field, ctx.Language), ColumnMapping.Describe(c, ctx.Language));
        ctx.Console.Write(columns);
        // Every row that is not a plain create is shown (rejects first); plain creates only while few.
        var notable = report.Rows.Where(r => r.Action != "create" || r.Message is not null).OrderBy(r => r.Action == "reject" ? 0 : 1).ToList();
        var shown = report.Rows.Count <= ShownRows ? report.Rows.ToList() : notable.Take(ShownRows).ToList();
        if (shown.Count > 0)
        {
            var table = Shared.NewTable(text["col.line"], text["col.action"], text["col.name"], text["col.id"], text["col.note"]);
            foreach (var r in shown) Shared.Row(table, r.Line.ToString(CultureInfo.InvariantCulture), text["import.action." + r.Action], r.Name, r.Id, r.Message);
            ctx.Console.Write(table);
            var hidden = (report.Rows.Count <= ShownRows ? 0 : notable.Count - shown.Count);
            if (hidden > 0) Shared.Line(ctx, text["import.moreRows", hidden]);
        }
        foreach (var d in report.Duplicates.Take(ShownRows))
            Shared.Line(ctx, text[d.Merged ? "import.dup.merged" : "import.dup.kept", d.Line, d.Name, d.OtherName, d.OtherId,
                d.OtherLine is { } l ? text["import.dup.row", l] : text["import.dup.stored"], d.Why]);
        Shared.Line(ctx, report.Summary(text));
        Shared.Line(ctx, report.Written ? text["import.written", report.ImportId]
            : report.Rejected > 0 ? text["import.nothing"]
            : report.DryRun ? text["import.dryrun"] : text["import.nothingToDo"]);
    }
}
