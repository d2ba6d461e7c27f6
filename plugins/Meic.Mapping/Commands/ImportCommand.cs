using System.CommandLine;
using Meic.Mapping.Domain;
using Meic.Mapping.Io;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;

namespace Meic.Mapping.Commands;

/// <summary><c>meic map import actors|ties FILE [--dry-run] [--map col=field]</c>: all rows valid or nothing written.</summary>
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
        var cmd = new Command("import", text["cmd.import"]) { what, file, dry, map };
        cmd.SetAction(p =>
        {
            var path = p.GetValue(file)!;
            var columnMap = Aliases(text, p.GetValue(what) == "actors" ? KumuSheets.ActorAliases : KumuSheets.TieAliases, p.GetValue(map) ?? []);
            var table = TableReader.Read(path, columnMap);
            var data = MapData.From(ctx);
            ImportReport report;
            Action write;
            if (p.GetValue(what) == "actors")
            {
                var (r, changes) = new ActorImporter(data, Shared.Today(ctx)).Plan(table, path);
                report = r;
                write = () =>
                {
                    foreach (var a in changes) { if (a.Version == 0) data.Actors.Insert(a); else data.Actors.Update(a); }
                };
            }
            else
            {
                var (r, creates, updates) = new TieImporter(data).Plan(table, path);
                report = r;
                write = () => { foreach (var t in creates) data.Ties.Insert(t); foreach (var t in updates) data.Ties.Update(t); };
            }
            var dryRun = p.GetValue(dry);
            var ok = report.Rejected == 0;
            if (ok && !dryRun)
            {
                using var tx = data.Store.BeginTransaction();
                write();
                tx.Commit();
            }
            report = report with { DryRun = dryRun, Written = ok && !dryRun };
            Print(ctx, report);
            if (!ok)
            {
                var first = report.Rows.First(r => r.Action == "reject");
                throw new InputException(text["err.rejected", report.Rejected, report.Rows.Count, first.Message], Path.GetFileName(path));
            }
            return 0;
        });
        return cmd;
    }

    private static Dictionary<string, string> Aliases(Meic.Sdk.Text.Strings text, IReadOnlyDictionary<string, string> defaults, string[] maps)
    {
        var result = new Dictionary<string, string>(defaults, StringComparer.OrdinalIgnoreCase);
        foreach (var m in maps)
        {
            var i = m.IndexOf('=');
            if (i <= 0 || i == m.Length - 1) throw new InputException(text["err.mapFormat", m], "--map");
            result[m[..i].Trim()] = m[(i + 1)..].Trim();
        }
        return result;
    }

    private static void Print(IMeicContext ctx, ImportReport report)
    {
        if (ctx.Json) { ctx.WriteJson(new { report.File, report.Encoding, report.DryRun, report.Written, report.Created, report.Merged, report.Rejected, report.Rows }); return; }
        var text = MappingPlugin.Text(ctx);
        var table = Shared.NewTable(text["col.line"], text["col.action"], text["col.name"], text["col.id"], text["col.note"]);
        foreach (var r in report.Rows) Shared.Row(table, r.Line.ToString(), text["import.action." + r.Action], r.Name, r.Id, r.Message);
        ctx.Console.Write(table);
        Shared.Line(ctx, text["import.summary", Path.GetFileName(report.File), report.Created, report.Merged, report.Rejected, report.Encoding]);
        Shared.Line(ctx, report.Written ? text["import.written"] : report.DryRun && report.Rejected == 0 ? text["import.dryrun"] : text["import.nothing"]);
    }
}
