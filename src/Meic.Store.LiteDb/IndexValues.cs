using System.Security.Cryptography;
using System.Text;
using LiteDB;
using Meic.Sdk.Text;
using Newtonsoft.Json.Linq;

namespace Meic.Store.LiteDb;

/// <summary>The values of a document's declared index fields, as LiteDB indexes them (<c>x.KEY</c>).</summary>
internal static class IndexValues
{
    /// <summary>The key under "x" for a (camelCase, dotted) field.</summary>
    public static string Key(string field)
    {
        var sb = new StringBuilder("f_");
        foreach (var c in field) sb.Append(char.IsAsciiLetterOrDigit(c) ? c : c == '.' ? "__" : "_");
        return sb.ToString();
    }

    /// <summary>LiteDB index names are short words: the key, or a stable hash of it when long.</summary>
    public static string IndexName(string field)
    {
        var key = "x" + Key(field);
        if (key.Length <= 30) return key;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(field)))[..8];
        return key[..20] + "_" + hash;
    }

    public static BsonDocument Of(IReadOnlyList<string> fields, string body)
    {
        var doc = new BsonDocument();
        if (fields.Count == 0) return doc;
        foreach (var field in fields) doc[Key(field)] = BsonValue.Null;
        if (fields.Any(f => f.Contains('.')))
        {
            var json = JObject.Parse(body);
            foreach (var field in fields) doc[Key(field)] = ToBson(json.SelectToken(field));
            return doc;
        }
        // Top-level fields (the usual case) are read in one pass without building the JSON tree: a bulk import spends its time here.
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(body)) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None };
        if (!reader.Read() || reader.TokenType != Newtonsoft.Json.JsonToken.StartObject) return doc;
        while (reader.Read() && reader.TokenType == Newtonsoft.Json.JsonToken.PropertyName)
        {
            var name = (string)reader.Value!;
            reader.Read();
            var wanted = false;
            foreach (var f in fields) if (f == name) { wanted = true; break; }
            if (!wanted) { reader.Skip(); continue; }
            doc[Key(name)] = reader.TokenType switch
            {
                Newtonsoft.Json.JsonToken.String => new BsonValue((string)reader.Value!),
                Newtonsoft.Json.JsonToken.Integer => new BsonValue(Convert.ToInt64(reader.Value, System.Globalization.CultureInfo.InvariantCulture)),
                Newtonsoft.Json.JsonToken.Float => new BsonValue(Convert.ToDouble(reader.Value, System.Globalization.CultureInfo.InvariantCulture)),
                Newtonsoft.Json.JsonToken.Boolean => new BsonValue((bool)reader.Value!),
                _ => BsonValue.Null,
            };
            if (reader.TokenType is Newtonsoft.Json.JsonToken.StartObject or Newtonsoft.Json.JsonToken.StartArray) reader.Skip();
        }
        return doc;
    }

    /// <summary>A JSON value as LiteDB compares it; arrays and objects are not indexed (null).</summary>
    public static BsonValue ToBson(JToken? token) => token?.Type switch
    {
        JTokenType.String => new BsonValue(token.Value<string>()),
        JTokenType.Integer => new BsonValue(token.Value<long>()),
        JTokenType.Float => new BsonValue(token.Value<double>()),
        JTokenType.Boolean => new BsonValue(token.Value<bool>()),
        _ => BsonValue.Null,
    };

    /// <summary>A filter value as JSON, the way documents are written.</summary>
    public static JToken ToJson(object? value) =>
        value is null ? JValue.CreateNull() : JToken.FromObject(value, Newtonsoft.Json.JsonSerializer.Create(Json.Settings));

    /// <summary>Whether the document's value at a field equals the filter value (numbers by value; a missing field equals null).</summary>
    public static bool Matches(JToken? actual, JToken wanted)
    {
        if (wanted.Type == JTokenType.Null) return actual is null || actual.Type == JTokenType.Null;
        if (actual is null) return false;
        if (wanted.Type is JTokenType.Integer or JTokenType.Float && actual.Type is JTokenType.Integer or JTokenType.Float)
            return actual.Value<double>() == wanted.Value<double>();
        return JToken.DeepEquals(actual, wanted);
    }
}
