using Meic.Sdk.Text;

namespace Meic.Facilitation.Store;

/// <summary>The plugin's vocabularies (Resources/vocabulary.json), registered with the host and read through the shared service.</summary>
internal static class FacilitationVocabularies
{
    public const string Resource = "Meic.Facilitation.vocabulary.json";
    public const string MeetingKind = "meeting-kind", DecisionMethod = "decision-method", AttendanceMark = "attendance-mark";

    private static readonly object Gate = new();

    /// <summary>Registers them in the shared service when the host has not (a test, a script): parsing of enums then finds them.</summary>
    public static void Ensure()
    {
        lock (Gate)
            if (Vocabularies.Shared.Find(MeetingKind) is null) Vocabularies.Shared.AddFrom(typeof(FacilitationPlugin).Assembly, Resource);
    }

    public static Vocabulary Get(string name)
    {
        Ensure();
        return Vocabularies.Shared.Get(name);
    }

    public static string Label<T>(T value, string language) where T : struct, Enum
    {
        Ensure();
        return Vocabularies.Shared.Label(value, language);
    }
}
