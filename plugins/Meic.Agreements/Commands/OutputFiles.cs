using Meic.Agreements.Model;
using Meic.Agreements.Rendering;
using Meic.Sdk.Errors;
using Meic.Sdk.Text;

namespace Meic.Agreements.Commands;

/// <summary>Writes an agreement's Markdown and Word files into a folder.</summary>
internal static class OutputFiles
{
    public static (string Markdown, string Docx) Write(Agreement agreement, RenderedAgreement rendered, string directory, Strings s)
    {
        try
        {
            Directory.CreateDirectory(directory);
            var stem = Path.Combine(Path.GetFullPath(directory), $"{agreement.Id}-v{agreement.Edition}");
            File.WriteAllText(stem + ".md", MarkdownWriter.Write(rendered));
            DocxWriter.Write(rendered, stem + ".docx");
            return (stem + ".md", stem + ".docx");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(s["refuse.cannotWrite", e.Message], directory, e);
        }
    }
}
