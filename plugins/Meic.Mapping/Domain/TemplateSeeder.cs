using Meic.Mapping.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Mapping.Domain;

/// <summary>Seeds needs, population figures and waves from <c>templates/clusters/&lt;name&gt;/mapping/*.json</c>, when present.</summary>
public static class TemplateSeeder
{
    public static void Seed(IMeicContext ctx, TemplateSource template)
    {
        var dir = Path.Combine(template.Directory, "mapping");
        if (!Directory.Exists(dir)) return;
        var data = MapData.From(ctx);
        foreach (var n in Read<Need>(dir, "needs.json")) data.Needs.Insert(n);
        foreach (var f in Read<PopulationFigure>(dir, "population.json")) data.Population.Insert(f);
        foreach (var w in Read<Wave>(dir, "waves.json")) data.Waves.Insert(w);
    }

    private static List<T> Read<T>(string dir, string file)
    {
        var path = Path.Combine(dir, file);
        return File.Exists(path) ? Json.Deserialize<List<T>>(File.ReadAllText(path)) : new();
    }
}
