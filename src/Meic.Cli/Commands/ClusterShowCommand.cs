using System.CommandLine;
using Meic.Cli.Output;
using Meic.Core.Hosting;
using Meic.Core.Setup;

namespace Meic.Cli.Commands;

/// <summary><c>meic cluster show [--json]</c>: every setting of the cluster, labels in the user's language.</summary>
internal static class ClusterShowCommand
{
    public static Command Create(MeicContext context)
    {
        var command = new Command("show", context.Strings["cmd.cluster.show"]);
        command.SetAction(_ =>
        {
            var t = context.Strings;
            var c = ClusterRecord.Load(context);
            if (context.Json)
            {
                context.WriteJson(new
                {
                    c.Name, c.City, c.Country, c.TimeZone, c.Language, c.Languages, c.Promoter, c.PromoterId, c.Secretariat,
                    phase = Meic.Sdk.Text.Names.Kebab(c.Phase), phaseLabel = ClusterWords.PhaseLabel(c.Phase, t), c.Template,
                    areas = c.Areas.Select(a => new { a.Id, label = a.Label }),
                });
                return 0;
            }
            string Or(string v) => v.Length > 0 ? v : t["cluster.none"];
            var country = Countries.Find(c.Country);
            var panel = new TextPanel(t["status.cluster"])
                .Add(t["cluster.field.name"], c.Name)
                .Add(t["cluster.field.city"], Or(c.City))
                .Add(t["cluster.field.country"], country is null ? Or(c.Country) : $"{country.Name(t.Language)} ({country.Code})")
                .Add(t["cluster.field.timezone"], Or(c.TimeZone))
                .Add(t["cluster.field.language"], ClusterWords.LanguageName(c.Language, t))
                .Add(t["cluster.field.languages"], string.Join(", ", c.Languages.Select(l => ClusterWords.LanguageName(l, t))))
                .Add(t["cluster.field.promoter"], Or(c.Promoter) + (c.PromoterId.Length > 0 ? $" [{c.PromoterId}]" : ""))
                .Add(t["cluster.field.secretariat"], Or(c.Secretariat))
                .Add(t["cluster.field.phase"], ClusterWords.PhaseLabel(c.Phase, t))
                .Add(t["cluster.field.template"], c.Template);
            var style = TextStyle.For(!Console.IsOutputRedirected);
            panel.Write(context.Out, style);
            var table = new TextTable(t["cluster.field.areas"], new(t["cluster.areaId"]), new(t["cluster.field.areas"]));
            foreach (var a in c.Areas) table.AddRow(a.Id, ClusterSettings.LabelLine(a));
            table.Write(context.Out, style);
            context.Out.WriteLine(t["cluster.show.hint"]);
            return 0;
        });
        return command;
    }
}
