using System.CommandLine;
using System.Text;
using Meic.Brokerage.Domain;
using Meic.Brokerage.Hsds;
using Meic.Sdk.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Commands;

/// <summary><c>meic broker services export --format hsds|csv [--out FILE]</c>.</summary>
internal static class ServicesExportCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var format = new Option<string?>("--format") { Description = s["opt.exportFormat"] };
        var output = new Option<string?>("--out") { Description = s["opt.out"] };
        var all = new Option<bool>("--all") { Description = s["opt.all"] };
        var command = new Command("export", s["cmd.services.export"]) { format, output, all };
        command.SetAction(p =>
        {
            var outFile = p.GetValue(output);
            var kind = ServicesImportCommand.Format(p.GetValue(format) ?? (outFile is null ? "hsds" : null), outFile ?? "x.json", s);
            var directory = new ServiceDirectory(ctx.Store, BrokeragePlugin.Strings(ctx));
            var services = directory.Search(includeInactive: p.GetValue(all));
            var text = new StringWriter();
            if (kind == "csv") ServiceCsv.Write(text, services);
            else text.Write(HsdsExporter.Export(services, directory.Actors.All(), ctx.Store.Collection<Cluster>(Cluster.CollectionName).Get("cluster"), ctx.Clock.Now)
                .ToString(Newtonsoft.Json.Formatting.Indented));
            if (outFile is null) { ctx.Out.Write(text.ToString()); if (kind != "csv") ctx.Out.WriteLine(); return 0; }
            File.WriteAllText(outFile, text.ToString(), new UTF8Encoding(false));
            if (ctx.Json) ctx.WriteJson(new { format = kind, file = Path.GetFullPath(outFile), services = services.Count });
            else Output.Line(ctx, s["export.done", services.Count, Path.GetFullPath(outFile)]);
            return 0;
        });
        return command;
    }
}
