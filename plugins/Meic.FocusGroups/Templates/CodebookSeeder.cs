using Meic.FocusGroups.Storage;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Templates;

/// <summary>Seeds the starting codebook of a cluster template (<c>templates/clusters/&lt;name&gt;/codebook/codebook.json</c>).</summary>
public static class CodebookSeeder
{
    public static void Seed(IMeicContext ctx, TemplateSource template)
    {
        var file = Path.Combine(template.Directory, "codebook", "codebook.json");
        if (!File.Exists(file)) return;
        foreach (var spec in Collections.Specs()) ctx.Store.Declare(spec);
        var fs = new FocusStore(ctx.Store, Commands.Ui.S(ctx));
        foreach (var code in CodebookFile.Read(File.ReadAllText(file), template.Language, file))
            if (fs.Codes.Get(code.Id) is null) fs.Codes.Insert(code);
    }
}
