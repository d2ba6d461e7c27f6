using HandlebarsDotNet;

namespace Meic.Facilitation.Minutes;

/// <summary>Renders minutes as Markdown from the per-language template (a workspace's own <c>templates/minutes.LANG.md.hbs</c> wins).</summary>
internal static class MinutesRenderer
{
    public static string Render(MinutesModel model, string language, string? workspaceDirectory = null)
    {
        var hb = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true });
        var template = hb.Compile(TemplateText(language, workspaceDirectory));
        var text = template(model).Replace("\r\n", "\n");
        while (text.Contains("\n\n\n")) text = text.Replace("\n\n\n", "\n\n");
        return text.TrimEnd('\n') + "\n";
    }

    public static string TemplateText(string language, string? workspaceDirectory)
    {
        if (workspaceDirectory is not null)
        {
            var own = Path.Combine(workspaceDirectory, "templates", $"minutes.{language}.md.hbs");
            if (File.Exists(own)) return File.ReadAllText(own);
        }
        var asm = typeof(MinutesRenderer).Assembly;
        using var stream = asm.GetManifestResourceStream($"Meic.Facilitation.minutes.{language}.md.hbs")
            ?? asm.GetManifestResourceStream("Meic.Facilitation.minutes.en.md.hbs")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
