using System.Collections;
using System.Reflection;
using Meic.Sdk.Model;
using Meic.Sdk.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Meic.Sdk.Tests;

// The SDK's records are written by hand-made System.Text.Json code and everything else by
// Newtonsoft.Json: both must write and read the very same documents.
public sealed class RecordJsonTests
{
    public static TheoryData<Type> Records => new() { typeof(Cluster), typeof(Actor), typeof(Relationship) };

    [Theory]
    [MemberData(nameof(Records))]
    public void Should_write_an_sdk_record_exactly_as_newtonsoft_does_with_the_documented_settings(Type type)
    {
        var record = Filled(type);

        var handMade = Json.Serialize(record);
        var reference = JsonConvert.SerializeObject(record, Json.Settings);

        Same(JToken.Parse(handMade), JToken.Parse(reference), "$");
        handMade.ShouldBe(reference); // to the character: stored bodies do not change with the writer
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Should_read_back_what_newtonsoft_wrote_and_the_other_way_round(Type type)
    {
        var record = Filled(type);
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
        e.InnerException.ShouldBeAssignableTo<System.Text.Json.JsonException>(); // read by RecordJson, not Newtonsoft.Json

    }

    private static object Filled(Type type)
    {
        var record = Activator.CreateInstance(type)!;
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.Name != nameof(Document.Version)))
            p.SetValue(record, Sample(p.PropertyType, p.Name));
        return record;
    }

    private static object Sample(Type type, string name)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string)) return $"{name} – città";
        if (underlying.IsEnum) return Enum.GetValues(underlying).Cast<object>().Last();
        if (underlying == typeof(int)) return 7;
        if (underlying == typeof(long)) return 7L;
        if (underlying == typeof(double)) return 2.5;
        if (underlying == typeof(decimal)) return 1234567.25m;
        if (underlying == typeof(bool)) return true;
        if (underlying == typeof(DateOnly)) return new DateOnly(2026, 11, 22);
        if (underlying == typeof(DateTimeOffset)) return new DateTimeOffset(2026, 11, 22, 10, 30, 15, 123, TimeSpan.FromHours(1));
        if (underlying == typeof(LocalizedText)) return new LocalizedText { ["it"] = "Lavoro", ["es"] = "Trabajo", ["en"] = "Work" };
        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(List<>))
        {
            var list = (IList)Activator.CreateInstance(underlying)!;
            var item = underlying.GetGenericArguments()[0];
            list.Add(item == typeof(string) || item.IsValueType ? Sample(item, name) : Filled(item));
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
