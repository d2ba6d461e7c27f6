using Meic.Core.Setup;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Screens;
using Meic.Sdk.Text;

namespace Meic.Tui.Screens;

/// <summary>
/// The cluster's thematic areas: add, rename and remove with the code of <c>meic cluster areas add|rename|remove</c>
/// (<see cref="ClusterSettings"/>), each through a form whose command line is that command.
/// </summary>
internal static class AreasScreen
{
    public static ListScreen Create(IShellHost host)
    {
        var context = host.Context;
        var t = context.Strings;
        return new ListScreen
        {
            Title = t["status.areas"],
            Command = "meic cluster show",
            Help = t["ui.help.areas"],
            Columns = [t["cluster.areaId"], t["status.area"], new ListColumn(t["status.actors"], Numeric: true)],
            Rows = () =>
            {
                var cluster = Load(host);
                var actors = context.Store.Collection<Actor>(Actor.CollectionName).All();
                return cluster.Areas.Select(a => new ListRow(a.Id,
                    [a.Id, a.Label.For(t.Language), actors.Count(x => x.Areas.Contains(a.Id)).ToString(System.Globalization.CultureInfo.InvariantCulture)])
                { Item = a, Keywords = string.Join(" ", a.Label.Values) }).ToList();
            },
            Detail = row => row.Item is AreaDefinition a ? ClusterSettings.LabelLine(a) : "",
            Empty = t["ui.areas.empty"],
            Actions =
            [
                ScreenAction.Opens("a", t["ui.add"], _ => AreaForm(host, null), _ => "meic cluster areas add ID --label it=… --label es=… --label en=…"),
                ScreenAction.Opens("r", t["ui.rename"], row => AreaForm(host, row?.Item as AreaDefinition),
                    row => $"meic cluster areas rename {row?.Id ?? "ID"} --label it=…", needsRow: true),
                new ScreenAction
                {
                    Key = "d", Label = t["ui.remove"], NeedsRow = true,
                    Command = row => $"meic cluster areas remove {row?.Id ?? "ID"}",
                    Confirm = row => t["ui.areas.confirmRemove", row.Cells[1]],
                    Run = (screen, row) =>
                    {
                        var cluster = Load(host);
                        var actors = context.Store.Collection<Actor>(Actor.CollectionName).All();
                        var area = ClusterSettings.RemoveArea(cluster, row!.Id, id => actors.Count(a => a.Areas.Contains(id)), t);
                        host.SaveCluster(cluster, null, "cmd.cluster.areas.remove");
                        context.ForgetVocabularies();
                        screen.Tell(t["cluster.areas.removed", area.Id]);
                    },
                },
            ],
        };
    }

    /// <summary>The form that adds an area (<paramref name="area"/> null) or renames one.</summary>
    public static FormScreen AreaForm(IShellHost host, AreaDefinition? area)
    {
        var context = host.Context;
        var t = context.Strings;
        var fields = new List<FormField>();
        if (area is null) fields.Add(new FormField { Id = "id", Label = t["cluster.areaId"], Hint = t["ui.hint.areaId"] });
        foreach (var lang in Strings.SupportedLanguages)
            fields.Add(new FormField { Id = lang, Label = t["setup.w.label", lang], Value = area?.Label.GetValueOrDefault(lang) ?? "" });
        IReadOnlyList<string> Labels(FormValues v) =>
            Strings.SupportedLanguages.Where(l => v[l].Length > 0).Select(l => $"{l}={v[l]}").ToList();
        string Command(FormValues v) =>
            (area is null ? "meic cluster areas add" + (v["id"].Length > 0 ? " " + v["id"] : "") : $"meic cluster areas rename {area.Id}")
            + string.Concat(Labels(v).Select(l => " --label " + ClusterSetup.Quote(l)));
        return new FormScreen
        {
            Title = area is null ? t["ui.areas.add"] : t["ui.areas.rename", area.Label.For(t.Language)],
            Command = area is null ? "meic cluster areas add" : $"meic cluster areas rename {area.Id}",
            Fields = fields,
            CommandFor = Command,
            Save = values =>
            {
                var cluster = Load(host);
                var labels = Labels(values);
                if (labels.Count == 0) return FormResult.Refuse(t.Language, t["cluster.err.labelMissing"]);
                AreaDefinition changed;
                try
                {
                    changed = area is null
                        ? ClusterSettings.AddArea(cluster, values.Text("id"), labels, t)
                        : ClusterSettings.RenameArea(cluster, area.Id, labels, t);
                }
                catch (InputException e) { return FormResult.Refuse(area is null ? "id" : t.Language, Refusals.Words(e, t)); }
                host.SaveCluster(cluster, null, area is null ? "cmd.cluster.areas.add" : "cmd.cluster.areas.rename");
                context.ForgetVocabularies();
                return FormResult.Ok(t[area is null ? "cluster.areas.added" : "cluster.areas.renamed", changed.Id, ClusterSettings.LabelLine(changed)]);
            },
        };
    }

    private static Cluster Load(IShellHost host) =>
        host.Context.Store.Collection<Cluster>(Cluster.CollectionName).Get("cluster")
        ?? throw new MeicException(host.Context.Strings["cluster.err.noRecord"]);
}
