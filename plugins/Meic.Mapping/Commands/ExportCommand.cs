using System.CommandLine;
using Meic.Mapping.Domain;
using Meic.Mapping.Io;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;

namespace Meic.Mapping.Commands;

/// <summary><c>meic map export --format gexf|graphml|dot|csv|json|xlsx --out F [--wave W]</c>. Contacts are never exported.</summary>
internal static class ExportCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var text = MappingPlugin.Text(ctx);
        var format = new Option<string>("--format") { Required = true, Description = text["opt.format"] };
        format.AcceptOnlyFromAmong("gexf", "graphml", "dot", "csv", "json", "xlsx");
        var output = new Option<string>("--out") { Required = true, Description = text["opt.exportOut"] };
        var wave = new Option<string?>("--wave") { Description = text["opt.waveTies"] };
        var cmd = new Command("export", text["cmd.export"]) { format, output, wave };
        cmd.SetAction(p =>
        {
            var data = MapData.From(ctx);
            var actors = data.Actors.All();
            var ties = data.Ties.All().Where(t => p.GetValue(wave) is not { } w || t.Wave == w).ToList();
            var ag = ActorGraph.Build(actors, ties);
            var path = Path.GetFullPath(p.GetValue(output)!);
            var dir = Path.GetDirectoryName(path)!;
            if (!Directory.Exists(dir)) throw new InputException(text["err.folder"], dir);
            var written = new List<string> { path };
            switch (p.GetValue(format))
            {
                case "gexf": using (var s = File.Create(path)) GexfWriter.Write(s, ag, ties, Shared.Today(ctx)); break;
                case "graphml": using (var s = File.Create(path)) GraphMlWriter.Write(s, ag, ties); break;
                case "dot": File.WriteAllText(path, DotWriter.Write(ag, ties, DotLook.For(ctx, text, edgeLabels: false))); break;
                case "json":
                    File.WriteAllText(path, Newtonsoft.Json.JsonConvert.SerializeObject(new
                    {
                        elements = actors.Select(a => Shared.ActorView(a, contacts: false)),
                        connections = ties,
                    }, Meic.Sdk.Text.Json.Indented));
                    break;
                case "csv":
                    var stem = Path.Combine(dir, Path.GetFileNameWithoutExtension(path));
                    written = [stem + ".elements.csv", stem + ".connections.csv"];
                    TableWriter.Csv(written[0], KumuSheets.ElementHeaders, KumuSheets.Elements(actors));
                    TableWriter.Csv(written[1], KumuSheets.ConnectionHeaders, KumuSheets.Connections(ties));
                    break;
                case "xlsx":
                    TableWriter.Xlsx(path, ("Elements", KumuSheets.ElementHeaders, KumuSheets.Elements(actors)), ("Connections", KumuSheets.ConnectionHeaders, KumuSheets.Connections(ties)));
                    break;
            }
            if (ctx.Json) ctx.WriteJson(new { files = written, actors = actors.Count, ties = ties.Count });
            else foreach (var f in written) Shared.Line(ctx, text["export.done", f]);
            return 0;
        });
        return cmd;
    }
}
