using Meic.Facilitation.Model;

namespace Meic.Facilitation.Minutes;

/// <summary>Writes a meeting's minutes into the workspace's <c>minutes/</c> folder (or a chosen file).</summary>
internal static class MinutesFiles
{
    public static string Write(Store.Facilitation f, Meeting m, string format, string? output, bool withNames)
    {
        var markdown = MinutesRenderer.Render(MinutesBuilder.Build(f, m, withNames), f.Context.Language, f.Context.WorkspaceDirectory);
        var file = output ?? Path.Combine(f.Context.WorkspaceDirectory, "minutes", $"{m.Id}.{f.Context.Language}.{format}");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var temp = file + ".tmp";
        if (format == "docx") DocxMinutes.Write(markdown, temp, f.Context.Language, f.T["minutes.page"]);
        else File.WriteAllText(temp, markdown, new System.Text.UTF8Encoding(false));
        File.Move(temp, file, overwrite: true);
        return file;
    }
}
