using Meic.Sdk.Text;

namespace Meic.Mapping.Domain;

/// <summary>
/// The note of a stage change as people read it. A cluster made from a template records where each actor came from as
/// the code <c>template NAME</c> (stored, so it reads the same in every language); it is said in words when shown.
/// </summary>
internal static class StageNotes
{
    private const string FromTemplate = "template ";

    public static string Say(string? note, Strings text) =>
        note is null ? "" : note.StartsWith(FromTemplate, StringComparison.Ordinal) ? text["stage.fromTemplate", note[FromTemplate.Length..]] : note;
}
