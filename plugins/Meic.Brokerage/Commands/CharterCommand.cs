using System.CommandLine;
using Meic.Brokerage.Charter;
using Meic.Brokerage.Domain;
using Meic.Brokerage.Hsds;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Commands;

/// <summary><c>meic charter publish --out DIR</c>: the territory's service charter as a static website.</summary>
internal static class CharterCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = BrokeragePlugin.Strings(ctx);
        var output = new Option<string>("--out") { Description = s["opt.outDir"], Required = true };
        var publish = new Command("publish", s["cmd.charter.publish"]) { output };
        publish.SetAction(p =>
        {
            var dir = Path.GetFullPath(p.GetValue(output)!);
            if (File.Exists(dir)) throw new InputException(s["refuse.outIsFile", dir], "--out");
            var cluster = ctx.Store.Collection<Cluster>(Cluster.CollectionName).Get("cluster") ?? new Cluster { Name = "MEIC", City = "" };
            string? Setting(string key) => ctx.Setting(Collections.PluginId, key) is { Length: > 0 } v ? v : null;
            var requested = Setting("brandColor");
            var color = Contrast.Readable(requested);
            var brand = new CharterBrand(Setting("brandName") ?? cluster.Name, color, Setting("contactEmail"), Setting("contactPhone"),
                Setting("contactWeb"), Setting("contactAddress"), cluster.Promoter, cluster.City);
            var directory = new ServiceDirectory(ctx.Store, BrokeragePlugin.Strings(ctx));
            var services = directory.Search();
            var actors = directory.Actors.All();
            var hsds = HsdsExporter.Export(services, actors, cluster, ctx.Clock.Now);
            var language = Strings.SupportedLanguages.Contains(cluster.Language) ? cluster.Language : "en";
            var files = CharterSite.Write(dir, language, brand, services, actors, cluster.Areas, DateOnly.FromDateTime(ctx.Clock.Now.Date), hsds);
            if (ctx.Json) { ctx.WriteJson(new { directory = dir, files, services = services.Count, brandColor = color }); return 0; }
            if (requested is not null && requested != color) Output.Line(ctx, s["charter.contrast", requested, color]);
            Output.Line(ctx, services.Count == 0 ? s["charter.empty", dir] : s["charter.done", services.Count, dir]);
            return 0;
        });
        return new Command("charter", s["cmd.charter"]) { publish };
    }
}
