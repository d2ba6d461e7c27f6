using Meic.Brokerage.Domain;
using Meic.Brokerage.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Store;
using Meic.Sdk.Text;
using Newtonsoft.Json;

namespace Meic.Brokerage.Templates;

/// <summary>
/// Seeds a new workspace: the services actors carry, the template's own directory
/// (<c>brokerage/services.json</c>) and orientation scripts (<c>brokerage/scripts/*.json</c>).
/// </summary>
public static class BrokerageSeeder
{
    public static void Seed(IMeicContext ctx, TemplateSource template)
    {
        var folder = Path.Combine(template.Directory, "brokerage");
        ActorServices.Import(ctx.Store);
        var servicesFile = Path.Combine(folder, "services.json");
        if (File.Exists(servicesFile))
        {
            var services = ctx.Store.Collection<Service>(Collections.Services);
            foreach (var s in Read<List<Service>>(servicesFile, BrokeragePlugin.Strings(ctx)))
            {
                if (services.Get(s.Id) is not null) continue;
                s.Source = "template";
                foreach (var (field, message) in ServiceDirectory.Problems(s, BrokeragePlugin.Strings(ctx))) throw new InputException(message, $"{servicesFile}: {s.Id}.{field}");
                services.Insert(s);
            }
        }
        var scriptsDir = Path.Combine(folder, "scripts");
        if (Directory.Exists(scriptsDir))
            foreach (var file in Directory.GetFiles(scriptsDir, "*.json").Order(StringComparer.Ordinal))
                ScriptStore.Upsert(ctx.Store, Read<List<OrientationScript>>(file, BrokeragePlugin.Strings(ctx)), file, BrokeragePlugin.Strings(ctx));
    }

    private static T Read<T>(string file, Strings s)
    {
        try { return Json.Deserialize<T>(File.ReadAllText(file)); }
        catch (JsonException e) { throw new InputException(s["refuse.templateJson", e.Message], file, e); }
    }
}
