using System.Globalization;
using Meic.Sdk.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Meic.Sdk.Tests;

// The SDK's own JSON writer must give Newtonsoft.Json's text to the character: stored bodies and
// `--json` output do not change with the writer that wrote them.
public sealed class JsonPrinterTests
{
    public static TheoryData<string> Documents => new()
    {
        """{}""",
        """[]""",
        """{ "a": {}, "b": [], "c": [ {}, [] ], "d": { "e": [ [] ] } }""",
        """{ "name": "MEIC", "count": 3, "ratio": 2.5, "on": true, "off": false, "none": null }""",
        """{ "languages": [ "it", "es", "en" ], "numbers": [ 1, -2, 3.25 ], "mixed": [ 1, "a", null, { "x": [ true ] } ] }""",
        """[ { "id": "work", "label": { "it": "Lavoro", "en": "Work" } }, { "id": "casa" } ]""",
        """[ [ [ 1 ], [] ], [ {} ] ]""",
        """{ "key \"quoted\"": "value \\ back", "città": "😀", "line\u2028sep": "\u0001\t" }""",
        """ "just a string" """,
        """ 42 """,
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Should_write_compact_json_exactly_as_newtonsoft_does(string document)
    {
        var tree = Parse(document);

        Print(tree, indented: false).ShouldBe(tree.ToString(Formatting.None));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Should_write_indented_json_exactly_as_newtonsoft_does(string document)
    {
        var tree = Parse(document);

        Print(tree, indented: true).ShouldBe(tree.ToString(Formatting.Indented));
    }

    [Fact]
    public void Should_escape_every_character_as_newtonsoft_does_by_default()
    {
        var differences = new List<string>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = $"a{(char)c}b";
            var p = new JsonPrinter(indented: false);
            p.String(text);
            var expected = JsonConvert.SerializeObject(text);
            if (p.ToString() != expected) differences.Add($"U+{c:X4}: {p} against {expected}");
        }

        differences.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("quotes \"inside\"", "\"quotes \\\"inside\\\"\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    [InlineData("\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\"")]
    [InlineData("\u0000\u0001\u001f", "\"\\u0000\\u0001\\u001f\"")]
    [InlineData("\u0085\u2028\u2029", "\"\\u0085\\u2028\\u2029\"")]
    [InlineData("città Ñ ü – 😀 <&>' /", "\"città Ñ ü – 😀 <&>' /\"")]
    public void Should_escape_only_what_newtonsoft_escapes(string value, string json)
    {
        var p = new JsonPrinter(indented: false);
        p.String(value);

        p.ToString().ShouldBe(json);
        JsonConvert.SerializeObject(value).ShouldBe(json);
    }

    [Fact]
    public void Should_escape_keys_as_it_escapes_strings()
    {
        var p = new JsonPrinter(indented: true);
        p.StartObject();
        p.Number("a\"b\n\u2028", 1);
        p.EndObject();

        p.ToString().ShouldBe(JsonConvert.SerializeObject(new Dictionary<string, int> { ["a\"b\n\u2028"] = 1 }, Formatting.Indented));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void Should_write_whole_numbers_as_newtonsoft_does(long value)
    {
        var p = new JsonPrinter(indented: false);
        p.Number(value);

        p.ToString().ShouldBe(JsonConvert.SerializeObject(value));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Should_read_back_what_it_wrote(string document)
    {
        var tree = Parse(document);

        foreach (var indented in new[] { false, true })
        {
            var r = new JsonScanner(Print(tree, indented));
            r.Read().ShouldBeTrue();
            JToken.DeepEquals(Read(r), tree).ShouldBeTrue();
            r.Read().ShouldBeFalse();
        }
    }

    private static JToken Parse(string json) =>
        JToken.ReadFrom(new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal });

    // Writes a Newtonsoft.Json tree through the printer, call by call.
    private static string Print(JToken tree, bool indented)
    {
        var p = new JsonPrinter(indented);
        Write(p, tree);
        return p.ToString();
    }

    private static void Write(JsonPrinter p, JToken token)
    {
        switch (token)
        {
            case JObject o:
                p.StartObject();
                foreach (var property in o.Properties())
                {
                    p.Name(property.Name);
                    Write(p, property.Value);
                }
                p.EndObject();
                break;
            case JArray a:
                p.StartArray();
                foreach (var item in a) Write(p, item);
                p.EndArray();
                break;
            case JValue { Type: JTokenType.String } s: p.String((string)s!); break;
            case JValue { Type: JTokenType.Integer } i: p.Number((long)i); break;
            case JValue { Type: JTokenType.Float } f: p.Raw(((decimal)f).ToString(CultureInfo.InvariantCulture)); break;
            case JValue { Type: JTokenType.Boolean } b: p.Boolean((bool)b); break;
            default: p.Null(); break;
        }
    }

    // Reads a value with the scanner into a Newtonsoft.Json tree, to compare.
    private static JToken Read(JsonScanner r)
    {
        switch (r.Token)
        {
            case JsonTokenKind.StartObject:
                var o = new JObject();
                while (r.Read() && r.Token != JsonTokenKind.EndObject)
                {
                    var name = r.GetString();
                    r.Read();
                    o.Add(name, Read(r));
                }
                return o;
            case JsonTokenKind.StartArray:
                var a = new JArray();
                while (r.Read() && r.Token != JsonTokenKind.EndArray) a.Add(Read(r));
                return a;
            case JsonTokenKind.String: return new JValue(r.GetString());
            case JsonTokenKind.Number:
                var text = r.GetString();
                return long.TryParse(text, CultureInfo.InvariantCulture, out var whole) ? new JValue(whole) : new JValue(decimal.Parse(text, CultureInfo.InvariantCulture));
            case JsonTokenKind.True: return new JValue(true);
            case JsonTokenKind.False: return new JValue(false);
            default: return JValue.CreateNull();
        }
    }
}
