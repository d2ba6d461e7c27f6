using System.Security.Cryptography;
using System.Text;

namespace Meic.FocusGroups.Refi;

/// <summary>Name-based UUIDs (RFC 4122 version 5, SHA-1), so the same record gets the same GUID in every export.</summary>
public static class StableGuid
{
    /// <summary>The namespace of MEIC Toolkit's focus-group records.</summary>
    public static readonly Guid Namespace = new("6f0c3a52-5d1e-4c57-9a0e-2b8f6c1d4e71");

    public static string For(string kind, string key) => Create(Namespace, $"{kind}:{key}").ToString();

    public static Guid Create(Guid ns, string name)
    {
        var nsBytes = ns.ToByteArray(bigEndian: true);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var buffer = new byte[nsBytes.Length + nameBytes.Length];
        nsBytes.CopyTo(buffer, 0);
        nameBytes.CopyTo(buffer, nsBytes.Length);
        var hash = SHA1.HashData(buffer);
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
