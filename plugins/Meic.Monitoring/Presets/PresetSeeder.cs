using Meic.Sdk.Plugins;

namespace Meic.Monitoring.Presets;

/// <summary>Seeds a new workspace's indicator catalogue from the template's monitoring/indicators.json, when it has one.</summary>
public static class PresetSeeder
{
    public static void Seed(IMeicContext ctx, TemplateSource template)
    {
        var file = Path.Combine(template.Directory, "monitoring", "indicators.json");
        if (!File.Exists(file)) return;
        CatalogueWriter.Write(ctx.Store, PresetFile.Load(file, Commands.Ui.Strings(ctx)));
    }
}
