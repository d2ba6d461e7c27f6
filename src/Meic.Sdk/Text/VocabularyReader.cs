using Meic.Sdk.Model;

namespace Meic.Sdk.Text;

/// <summary>Reads vocabulary definitions with the SDK's own small JSON reader (see <see cref="Vocabularies.Read"/> for the shape).</summary>
internal static class VocabularyReader
{
    public static IReadOnlyList<Vocabulary> Read(string json, string source)
    {
        var list = new List<Vocabulary>();
        try
        {
            var r = new JsonScanner(json, allowComments: true);
            if (!r.Read()) return list;
            Expect(r, JsonTokenKind.StartObject, "an object of vocabulary name to definition");
            while (r.Read() && r.Token == JsonTokenKind.PropertyName)
            {
                var name = r.GetString();
                r.Read();
                list.Add(ReadVocabulary(r, name));
            }
            r.Read(); // nothing may follow
        }
        catch (JsonScanException e)
        {
            throw new InvalidDataException($"The vocabulary definition {source} is not valid: {e.Message}.", e);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"The vocabulary definition {source} is not valid: {e.Message}", e);
        }
        return list;
    }

    private static Vocabulary ReadVocabulary(JsonScanner r, string name)
    {
        Expect(r, JsonTokenKind.StartObject, $"the definition of \"{name}\"");
        var title = new LocalizedText();
        var terms = new List<VocabularyTerm>();
        while (r.Read() && r.Token == JsonTokenKind.PropertyName)
        {
            var property = r.GetString();
            r.Read();
            switch (property)
            {
                case "title": title = ReadText(r, $"{name}.title"); break;
                case "terms":
                    Expect(r, JsonTokenKind.StartObject, $"the terms of \"{name}\"");
                    while (r.Read() && r.Token == JsonTokenKind.PropertyName)
                    {
                        var id = r.GetString();
                        r.Read();
                        terms.Add(ReadTerm(r, $"{name}.{id}", id));
                    }
                    break;
                default: throw r.Error($"unknown property \"{property}\" in \"{name}\" (expected title, terms)");
            }
        }
        return new Vocabulary(name, title, terms);
    }

    private static VocabularyTerm ReadTerm(JsonScanner r, string path, string id)
    {
        Expect(r, JsonTokenKind.StartObject, $"the term \"{path}\"");
        var label = new LocalizedText();
        var synonyms = new List<string>();
        while (r.Read() && r.Token == JsonTokenKind.PropertyName)
        {
            var property = r.GetString();
            r.Read();
            switch (property)
            {
                case "label": label = ReadText(r, $"{path}.label"); break;
                case "synonyms":
                    Expect(r, JsonTokenKind.StartArray, $"the synonyms of \"{path}\" as a list of words");
                    while (r.Read() && r.Token == JsonTokenKind.String) synonyms.Add(r.GetString());
                    Expect(r, JsonTokenKind.EndArray, $"a word in the synonyms of \"{path}\"");
                    break;
                default: throw r.Error($"unknown property \"{property}\" in \"{path}\" (expected label, synonyms)");
            }
        }
        return new VocabularyTerm(id, label, synonyms);
    }

    private static LocalizedText ReadText(JsonScanner r, string path)
    {
        Expect(r, JsonTokenKind.StartObject, $"\"{path}\" as an object of language to text");
        var text = new LocalizedText();
        while (r.Read() && r.Token == JsonTokenKind.PropertyName)
        {
            var language = r.GetString();
            r.Read();
            Expect(r, JsonTokenKind.String, $"the {language} text of \"{path}\"");
            text[language] = r.GetString();
        }
        return text;
    }

    private static void Expect(JsonScanner r, JsonTokenKind kind, string what)
    {
        if (r.Token != kind) throw r.Error($"expected {what}; found {r.TokenName}");
    }
}
