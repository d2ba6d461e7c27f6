using System.CommandLine;
using Meic.Brokerage.Hsds;
using Meic.Brokerage.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Commands;

/// <summary><c>meic broker services import FILE [--format hsds|csv]</c>: all or nothing.</summary>
internal static class ServicesImportCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var file = new Argument<string>("FILE");
        var format = new Option<string?>("--format") { Description = s["opt.importFormat"] };
        var dryRun = new Option<bool>("--dry-run") { Description = s["opt.dryRun"] };
        var command = new Command("import", s["cmd.services.import"]) { file, format, dryRun };
        command.SetAction(p =>
        {
            var path = Path.GetFullPath(p.GetValue(file)!);
            var kind = Format(p.GetValue(format), path, s);
            int newActors = 0, added, updated;
            if (kind == "hsds")
            {
                var plan = HsdsImporter.Plan(HsdsImporter.Parse(path, s), path, ctx.Store, s);
                if (!p.GetValue(dryRun)) HsdsImporter.Apply(ctx.Store, plan);
                (newActors, added, updated) = (plan.NewActors.Count, plan.NewServices.Count, plan.UpdatedServices.Count);
            }
            else
            {
                var (a, u) = ServiceCsv.Read(path, ctx.Store, s);
                if (!p.GetValue(dryRun))
                {
                    var services = ctx.Store.Collection<Service>(Collections.Services);
                    using var tx = ctx.Store.BeginTransaction();
                    foreach (var x in a) services.Insert(x);
                    foreach (var x in u) services.Update(x);
                    tx.Commit();
                }
                (added, updated) = (a.Count, u.Count);
            }
            if (ctx.Json) ctx.WriteJson(new { format = kind, added, updated, newActors, dryRun = p.GetValue(dryRun) });
            else Output.Line(ctx, s[p.GetValue(dryRun) ? "import.dryRun" : "import.done", added, updated, newActors]);
            return 0;
        });
        return command;
    }

    internal static string Format(string? given, string path, Strings s)
    {
        var kind = (given ?? (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? "csv" : "hsds")).ToLowerInvariant();
        return kind is "hsds" or "csv" ? kind : throw new InputException(s["refuse.oneOf", "hsds, csv", given], "--format");
    }
}
