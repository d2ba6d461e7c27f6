using System.Xml;
using System.Xml.Linq;
using Meic.Sdk.Errors;

namespace Meic.Sdk.Files;

/// <summary>
/// XML read safely: DTDs and so external entities and entity expansion ("billion laughs") are refused, no
/// resolver reaches the disk or the network, the document's size is bounded, and element depth and text length
/// are checked. Malformed XML is bad input (exit 2) with the part, line and position.
/// </summary>
public static class SafeXml
{
    /// <summary>Reader settings with DTDs prohibited, no resolver and the document bounded by <see cref="FileLimits.MaxEntryBytes"/>.</summary>
    public static XmlReaderSettings Settings(FileLimits? limits = null) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        MaxCharactersInDocument = (limits ?? FileLimits.Current).MaxEntryBytes,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>Reads <paramref name="stream"/> to the end, checking the XML against the limits; <paramref name="where"/> names the file and part.</summary>
    /// <exception cref="InputException">The XML has a DTD, is malformed, nests too deep or holds a text longer than allowed.</exception>
    public static void Scan(Stream stream, string where, FileLimits? limits = null)
    {
        limits ??= FileLimits.Current;
        using var reader = XmlReader.Create(stream, Settings(limits));
        Guard(where, () =>
        {
            while (reader.Read()) Check(reader, where, limits);
            return 0;
        });
    }

    /// <summary>Loads <paramref name="stream"/> as an <see cref="XDocument"/> under the limits; <paramref name="where"/> names the file and part.</summary>
    /// <exception cref="InputException">As <see cref="Scan"/>.</exception>
    public static XDocument Load(Stream stream, string where, FileLimits? limits = null)
    {
        limits ??= FileLimits.Current;
        // Scanned first, then built: the tree is never built for a document that nests deeper than the code walking it expects.
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + n > limits.MaxEntryBytes) throw new InputException(LimitText.Get("limits.entryBytes", buffer.Length + n, limits.MaxEntryBytes), where);
            buffer.Write(chunk, 0, n);
        }
        buffer.Position = 0;
        Scan(buffer, where, limits);
        buffer.Position = 0;
        using var reader = XmlReader.Create(buffer, Settings(limits));
        return Guard(where, () => XDocument.Load(reader));
    }

    private static void Check(XmlReader reader, string where, FileLimits limits)
    {
        if (reader.Depth > limits.MaxXmlDepth) throw Depth(reader, where, limits);
        if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
        {
            var value = reader.Value;
            if (value.Length > limits.MaxFieldChars)
                throw new InputException(LimitText.Get("limits.xmlText", Line(reader), value.Length, limits.MaxFieldChars, FileLimits.Excerpt(value)), where);
        }
        else if (reader.NodeType == XmlNodeType.Element && reader.HasAttributes)
        {
            for (var i = 0; i < reader.AttributeCount; i++)
            {
                var value = reader.GetAttribute(i);
                if (value.Length > limits.MaxFieldChars)
                    throw new InputException(LimitText.Get("limits.xmlText", Line(reader), value.Length, limits.MaxFieldChars, FileLimits.Excerpt(value)), where);
            }
        }
    }

    private static InputException Depth(XmlReader reader, string where, FileLimits limits) =>
        new(LimitText.Get("limits.xmlDepth", Line(reader), limits.MaxXmlDepth), where);

    private static int Line(XmlReader reader) => reader is IXmlLineInfo info ? info.LineNumber : 0;

    private static T Guard<T>(string where, Func<T> read)
    {
        try { return read(); }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new InputException(LimitText.Get("limits.xmlDtd", e.LineNumber), where, e);
        }
        catch (XmlException e) when (e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            throw new InputException(LimitText.Get("limits.entryBytes", ">", FileLimits.Current.MaxEntryBytes), where, e);
        }
        catch (XmlException e)
        {
            throw new InputException(LimitText.Get("limits.xml", e.LineNumber, e.LinePosition) /* the parser's own English words stay in the inner exception, for --verbose */, where, e);
        }
    }
}
