using System.Collections;
using System.Reflection;
using Meic.Sdk.Model;
using Meic.Sdk.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Meic.Sdk.Tests;

// The SDK's records are written by hand (RecordJson over JsonScanner and JsonPrinter) and everything
// else by Newtonsoft.Json: both must write and read the very same documents.
public sealed class RecordJsonTests
{
    public static TheoryData<Type> Records => new() { typeof(Cluster), typeof(Actor), typeof(Relationship) };

    // Every string property and label holds these in the second round of each comparison.
    private const string Tricky = "\"quoted\" back\\slash /slash \u0000\u0001\u001f \b\f\n\r\t \u007f \u0085\u2028\u2029 😀 città Ñ ü – <&>' {}[],:";

    public static TheoryData<Type, bool> RecordsAndStrings => new()
    {
        { typeof(Cluster), false }, { typeof(Actor), false }, { typeof(Relationship), false },
        { typeof(Cluster), true }, { typeof(Actor), true }, { typeof(Relationship), true },
    };

    [Theory]
    [MemberData(nameof(RecordsAndStrings))]
    public void Should_write_an_sdk_record_exactly_as_newtonsoft_does_with_the_documented_settings(Type type, bool trickyStrings)
    {
        var record = Filled(type, trickyStrings);

        var handMade = Json.Serialize(record);
        var reference = JsonConvert.SerializeObject(record, Json.Settings);

        Same(JToken.Parse(handMade), JToken.Parse(reference), "$");
        handMade.ShouldBe(reference); // to the character: stored bodies do not change with the writer
    }

    [Theory]
    [MemberData(nameof(RecordsAndStrings))]
    public void Should_read_back_what_newtonsoft_wrote_and_the_other_way_round(Type type, bool trickyStrings)
    {
        var record = Filled(type, trickyStrings);
        var byNewtonsoft = JsonConvert.SerializeObject(record, Json.Settings);
        var deserialize = typeof(Json).GetMethod(nameof(Json.Deserialize))!.MakeGenericMethod(type);

        var readByGenerated = deserialize.Invoke(null, [byNewtonsoft]);
        var readByNewtonsoft = JsonConvert.DeserializeObject(Json.Serialize(record), type, Json.Settings);

        Same(JToken.Parse(JsonConvert.SerializeObject(readByGenerated, Json.Settings)), JToken.Parse(byNewtonsoft), "$");
        Same(JToken.Parse(JsonConvert.SerializeObject(readByNewtonsoft, Json.Settings)), JToken.Parse(byNewtonsoft), "$");
    }

    [Fact]
    public void Should_read_names_and_enums_in_any_case_as_newtonsoft_does()
    {
        var actor = Json.Deserialize<Actor>("""{ "Name": "Caritas", "sector": "ThirdSector", "networkKind": "collaborative", "stage": 3 }""");

        actor.Name.ShouldBe("Caritas");
        actor.Sector.ShouldBe(Sector.ThirdSector);
        actor.NetworkKind.ShouldBe(NetworkKind.Collaborative);
        actor.Stage.ShouldBe(EngagementStage.Member);
    }

    [Fact]
    public void Should_skip_properties_it_does_not_know_of_any_shape()
    {
        var tie = Json.Deserialize<Relationship>("""{ "source": "a", "extra": { "deep": [1, {"x": null}] }, "more": [[]], "target": "b", "weight": 2 }""");

        tie.Source.ShouldBe("a");
        tie.Target.ShouldBe("b");
        tie.Weight.ShouldBe(2);
    }

    [Fact]
    public void Should_keep_labels_case_insensitive_after_reading()
    {
        var cluster = Json.Deserialize<Cluster>("""{ "areas": [ { "id": "work", "label": { "IT": "Lavoro" } } ] }""");

        cluster.Areas[0].Label.For("it").ShouldBe("Lavoro");
    }

    [Fact]
    public void Should_report_bad_json_for_an_sdk_record_with_the_exception_callers_catch()
    {
        var e = Should.Throw<JsonSerializationException>(() => Json.Deserialize<Actor>("""{ "name": 3 """));

        e.LineNumber.ShouldBe(1);
        e.LinePosition.ShouldBe(13);
        e.InnerException.ShouldBeAssignableTo<JsonScanException>(); // read by RecordJson, not Newtonsoft.Json
    }

    [Theory]
    [InlineData("""{ "name": "a" } x""", "expected the end of the text")]
    [InlineData("""{ "name": "a", "sector": "nowhere" }""", "'nowhere' is not a Sector")]
    [InlineData("""{ "name": "a", "sector": "1" }""", "'1' is not a Sector")]
    [InlineData("""{ "name": "a", "stage": 2.5 }""", "expected a whole number")]
    [InlineData("""{ "name": "a", "promoter": "yes" }""", "expected true or false; found a string")]
    [InlineData("""{ "name": "a", "areas": "work" }""", "expected an array; found a string")]
    [InlineData("""{ "name": "a", "stageHistory": [ { "date": "22/11/2026" } ] }""", "expected a date like 2026-11-22")]
    [InlineData("""{ "name": "a", "name2": 01 }""", "leading zero")]
    [InlineData("""[]""", "expected an object; found an array")]
    [InlineData("", "the JSON is empty")]
    public void Should_reject_an_sdk_record_that_is_not_json_or_has_a_value_of_the_wrong_type(string json, string reason)
    {
        var e = Should.Throw<JsonSerializationException>(() => Json.Deserialize<Actor>(json));

        e.Message.ShouldContain(reason);
        e.LineNumber.ShouldBe(1);
    }

    [Fact]
    public void Should_read_null_as_no_record()
    {
        RecordJson.Read(typeof(Actor), " null ").ShouldBeNull();
    }

    [Fact]
    public void Should_read_comments_and_trailing_commas_in_a_record_as_it_always_has()
    {
        var tie = Json.Deserialize<Relationship>("{ /* from a hand-edited dump */ \"source\": \"a\", // the first\n \"target\": \"b\", \"weight\": 2, }");

        (tie.Source, tie.Target, tie.Weight).ShouldBe(("a", "b", 2.0));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-5.5)]
    public void Should_write_the_creation_time_as_newtonsoft_does_whatever_its_fraction_and_offset(double offsetHours)
    {
        foreach (var ticks in new long[] { 0, 1, 10_000, 1_230_000, 9_999_999 })
        {
            var cluster = new Cluster { CreatedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(offsetHours)).AddTicks(ticks) };

            Json.Serialize(cluster).ShouldBe(JsonConvert.SerializeObject(cluster, Json.Settings));
            Json.Deserialize<Cluster>(Json.Serialize(cluster)).CreatedAt.ShouldBe(cluster.CreatedAt);
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(0.1)]
    [InlineData(1e20)]
    [InlineData(1.5e-7)]
    [InlineData(double.MaxValue)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Should_write_doubles_as_newtonsoft_does(double value)
    {
        var tie = new Relationship { Source = "a", Target = "b", Weight = value, Trust = value };

        Json.Serialize(tie).ShouldBe(JsonConvert.SerializeObject(tie, Json.Settings));
        Json.Deserialize<Relationship>(Json.Serialize(tie)).Weight.ShouldBe(value);
    }

    [Fact]
    public void Should_write_an_enum_value_without_a_name_as_its_number_as_newtonsoft_does()
    {
        var actor = new Actor { Name = "a", Sector = (Sector)42 };

        Json.Serialize(actor).ShouldBe(JsonConvert.SerializeObject(actor, Json.Settings));
        Json.Deserialize<Actor>(Json.Serialize(actor)).Sector.ShouldBe((Sector)42);
    }

    [Fact]
    public void Should_keep_no_state_between_calls()
    {
        // Reading must not build writer state (or anything else) on first use.
        typeof(RecordJson).GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic).ShouldBeEmpty();
    }

    private static object Filled(Type type, bool trickyStrings = false)
    {
        var record = Activator.CreateInstance(type)!;
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.Name != nameof(Document.Version)))
            p.SetValue(record, Sample(p.PropertyType, p.Name, trickyStrings));
        return record;
    }

    private static object Sample(Type type, string name, bool trickyStrings)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string)) return trickyStrings ? $"{name} {Tricky}" : $"{name} – città";
        if (underlying.IsEnum) return Enum.GetValues(underlying).Cast<object>().Last();
        if (underlying == typeof(int)) return 7;
        if (underlying == typeof(long)) return 7L;
        if (underlying == typeof(double)) return 2.5;
        if (underlying == typeof(decimal)) return 1234567.25m;
        if (underlying == typeof(bool)) return true;
        if (underlying == typeof(DateOnly)) return new DateOnly(2026, 11, 22);
        if (underlying == typeof(DateTimeOffset)) return new DateTimeOffset(2026, 11, 22, 10, 30, 15, 123, TimeSpan.FromHours(1));
        if (underlying == typeof(LocalizedText))
            return trickyStrings ? new LocalizedText { ["it"] = Tricky, [Tricky] = "Trabajo" } : new LocalizedText { ["it"] = "Lavoro", ["es"] = "Trabajo", ["en"] = "Work" };
        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(List<>))
        {
            var list = (IList)Activator.CreateInstance(underlying)!;
            var item = underlying.GetGenericArguments()[0];
            list.Add(item == typeof(string) || item.IsValueType ? Sample(item, name, trickyStrings) : Filled(item, trickyStrings));
            return list;
        }
        throw new InvalidOperationException($"no sample for {type} ({name}): extend the test with the new property type.");
    }

    // Numbers compare by value: 1 and 1.0 are the same number, whichever library wrote it.
    private static void Same(JToken a, JToken b, string path)
    {
        if (a is JValue va && b is JValue vb && va.Type is JTokenType.Integer or JTokenType.Float && vb.Type is JTokenType.Integer or JTokenType.Float)
        {
            va.Value<decimal>().ShouldBe(vb.Value<decimal>(), path);
            return;
        }
        a.Type.ShouldBe(b.Type, path);
        switch (a)
        {
            case JObject oa:
                var ob = (JObject)b;
                oa.Properties().Select(p => p.Name).Order().ShouldBe(ob.Properties().Select(p => p.Name).Order(), path);
                foreach (var p in oa.Properties()) Same(p.Value, ob[p.Name]!, $"{path}.{p.Name}");
                break;
            case JArray aa:
                var ab = (JArray)b;
                aa.Count.ShouldBe(ab.Count, path);
                for (var i = 0; i < aa.Count; i++) Same(aa[i], ab[i], $"{path}[{i}]");
                break;
            default:
                a.ToString(Formatting.None).ShouldBe(b.ToString(Formatting.None), path);
                break;
        }
    }
}
