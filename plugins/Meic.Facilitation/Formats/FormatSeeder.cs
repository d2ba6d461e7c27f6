using Meic.Facilitation.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Facilitation;

/// <summary>Seeds the formats library from the template's <c>meetings/formats.json</c>, or the built-in one.</summary>
internal static class FormatSeeder
{
    public static void Seed(IMeicContext ctx, TemplateSource template)
    {
        var file = Path.Combine(template.Directory, "meetings", "formats.json");
        var formats = File.Exists(file) ? FormatLibrary.Read(file, Strings.Load(typeof(FormatLibrary).Assembly, "Meic.Facilitation.strings", ctx.Language)) : FormatLibrary.Embedded();
        var collection = ctx.Store.Collection<MeetingFormat>(MeetingFormat.CollectionName);
        foreach (var f in formats)
        {
            var existing = collection.Get(f.Id);
            if (existing is null) collection.Insert(f);
            else { f.Version = existing.Version; collection.Update(f); }
        }
    }
}
