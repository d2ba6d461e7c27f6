using Meic.Sdk.Text;

namespace Meic.FocusGroups.Model;

/// <summary>The plugin's controlled values (Resources/vocabulary.json), through the SDK's vocabulary service.</summary>
public static class FocusVocabularies
{
    public const string Resource = "Meic.FocusGroups.vocabulary.json";
    public const string SessionKind = "session-kind", SpeakerRole = "speaker-role", ConsentPurpose = "consent-purpose";

    private static readonly Lazy<IReadOnlyList<Vocabulary>> Own = new(() =>
    {
        using var stream = typeof(FocusVocabularies).Assembly.GetManifestResourceStream(Resource)!;
        using var reader = new StreamReader(stream);
        return Vocabularies.Read(reader.ReadToEnd(), Resource);
    });

    /// <summary>The vocabulary <paramref name="name"/> from <paramref name="set"/> (the command's), else the shared set, else read from this assembly (a test or a script without the host).</summary>
    public static Vocabulary Get(string name, Vocabularies? set = null) =>
        (set ?? Vocabularies.Shared).Find(name) ?? Own.Value.First(v => v.Name == name);

    /// <summary>Every vocabulary the plugin defines, as its resource holds them.</summary>
    public static IReadOnlyList<Vocabulary> All => Own.Value;
}
