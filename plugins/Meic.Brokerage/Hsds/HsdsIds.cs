using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Meic.Brokerage.Hsds;

/// <summary>HSDS identifiers are UUIDs; ours are readable. Derive stable name-based UUIDs (RFC 4122 version 5).</summary>
public static partial class HsdsIds
{
    private static readonly Guid Namespace = new("5c0f4b7e-3c55-4a0f-9a51-6d1ad3b6e0a1");

    public static string For(string kind, string id)
    {
        var ns = Namespace.ToByteArray(true);
        var name = Encoding.UTF8.GetBytes($"meic:{kind}:{id}");
        var hash = SHA1.HashData(ns.Concat(name).ToArray());
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), true).ToString();
    }

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex Uuid();

    public static bool IsUuid(string? text) => text is not null && Uuid().IsMatch(text);
}
