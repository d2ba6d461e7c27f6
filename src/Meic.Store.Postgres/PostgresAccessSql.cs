namespace Meic.Store.Postgres;

/// <summary>
/// Roles enforced by the database itself: one group role per MEIC role, one login per person, grants and row-level
/// security on every table. The table of who reads and writes what is in docs/postgres-and-privacy.md; the
/// functions below are that table, and the policies only call them.
/// </summary>
internal static class PostgresAccessSql
{
    public static readonly string[] Roles = ["coordinator", "facilitator", "researcher", "partner", "viewer"];

    /// <summary>Collections a partner may write (only rows that belong to its organisation).</summary>
    public static readonly string[] PartnerWrites = ["actors", "services", "referrals", "commitments", "contributions", "actions"];

    /// <summary>Collections a viewer may read: none holds special-category data (transcripts, case codes, legal status, mediation notes).</summary>
    public static readonly string[] ViewerReads =
    [
        "cluster", "actors", "relationships", "map-waves", "map-needs", "map-population", "services", "orientation-scripts",
        "indicators", "indicator-values", "indicator-locks", "agreements", "agreement-versions", "commitments", "contributions",
        "meetings", "meeting-formats", "actions", "decisions", "fg-codes",
    ];

    /// <summary>Collections only coordinators write (a facilitator reads them).</summary>
    public static readonly string[] CoordinatorWrites = ["cluster", "privacy-log"];

    /// <summary>The policies <c>meic doctor</c> expects on a store with roles.</summary>
    public static readonly (string Table, string Policy)[] ExpectedPolicies =
    [
        ("documents", "p_docs_read"), ("documents", "p_docs_insert"), ("documents", "p_docs_update"), ("documents", "p_docs_delete"),
        ("journal", "p_journal_read"), ("fts", "p_fts_read"), ("fts", "p_fts_write"), ("meic_users", "p_users"),
        ("meic_meta", "p_meta"), ("schema_versions", "p_versions_read"), ("schema_versions", "p_versions_write"),
    ];

    public static readonly string[] Tables = ["documents", "journal", "fts", "schema_versions", "meic_meta", "meic_users"];

    public static string Group(string role) => $"meic_{role}";

    private static string List(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));

    private static string AllGroups => string.Join(", ", Roles.Select(Group));

    public static IEnumerable<string> Enable(string schema)
    {
        // Group roles belong to the whole server, not to this schema: two clusters set up at once would both see a
        // role missing and both create it. One lock for the server, held to the end of the caller's transaction.
        yield return "SELECT pg_advisory_xact_lock(hashtext('meic/group-roles'))";
        foreach (var role in Roles)
            yield return $"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{Group(role)}') THEN CREATE ROLE {Group(role)} NOLOGIN; END IF; END $$";
        foreach (var sql in PostgresJournalSql.Install()) yield return sql;
        yield return $"""
            CREATE OR REPLACE FUNCTION meic_may_read(c text, orgs text[]) RETURNS boolean LANGUAGE sql STABLE AS $$
              SELECT CASE meic_current_role()
                WHEN 'coordinator' THEN true WHEN 'facilitator' THEN true WHEN 'researcher' THEN true
                WHEN 'partner' THEN c = 'cluster' OR meic_current_org() = ANY(orgs)
                WHEN 'viewer' THEN c IN ({List(ViewerReads)})
                ELSE false END $$
            """;
        yield return $"""
            CREATE OR REPLACE FUNCTION meic_may_write(c text, orgs text[]) RETURNS boolean LANGUAGE sql STABLE AS $$
              SELECT CASE meic_current_role()
                WHEN 'coordinator' THEN true
                WHEN 'facilitator' THEN c NOT IN ({List(CoordinatorWrites)})
                WHEN 'researcher' THEN c LIKE 'fg-%'
                WHEN 'partner' THEN c IN ({List(PartnerWrites)}) AND meic_current_org() = ANY(orgs)
                ELSE false END $$
            """;
        // Whether the caller's role reads every record of a collection: when it does not, a look at an id it cannot
        // see is refused and recorded, whether or not the id exists (no answer tells the two apart).
        yield return $"""
            CREATE OR REPLACE FUNCTION meic_reads_all(c text) RETURNS boolean LANGUAGE sql STABLE AS $$
              SELECT CASE coalesce(meic_current_role(), 'owner')
                WHEN 'partner' THEN c = 'cluster'
                WHEN 'viewer' THEN c IN ({List(ViewerReads)})
                ELSE true END $$
            """;
        // A refusal, written by the definer into privacy-log (and so into the journal under the caller's login).
        // The same attempt within the hour is recorded once; past 200 records an hour a login's refusals are no
        // longer written, and the answer says so, so that the log cannot be flooded and no message lies.
        yield return """
            CREATE OR REPLACE FUNCTION meic_record_refusal(detail text) RETURNS text LANGUAGE plpgsql VOLATILE SECURITY DEFINER
            SET search_path FROM CURRENT AS $$
            DECLARE entry text; rid text; recent int;
            BEGIN
              IF EXISTS (SELECT 1 FROM documents WHERE collection = 'privacy-log' AND body ->> 'action' = 'refused' AND body ->> 'by' = session_user::text
                         AND body ->> 'detail' = detail AND (body ->> 'at')::timestamptz > now() - interval '1 hour') THEN RETURN 'recorded'; END IF;
              SELECT count(*) INTO recent FROM journal WHERE collection = 'privacy-log' AND who = session_user::text AND at > now() - interval '1 hour';
              IF recent >= 200 THEN RETURN 'limited'; END IF;
              rid := 'refused-' || md5(random()::text || clock_timestamp()::text);
              entry := json_build_object('action', 'refused', 'at', to_char(clock_timestamp() AT TIME ZONE 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                'by', session_user::text, 'detail', left(detail, 500))::text;
              PERFORM set_config('meic.body', entry, true);
              INSERT INTO documents(collection, id, version, body) VALUES ('privacy-log', rid, 1, entry::jsonb);
              RETURN 'recorded';
            END $$
            """;
        yield return """
            CREATE OR REPLACE FUNCTION meic_refuse_if_hidden(c text, i text) RETURNS text LANGUAGE plpgsql VOLATILE SECURITY DEFINER
            SET search_path FROM CURRENT AS $$
            BEGIN
              IF meic_reads_all(c) THEN RETURN 'none'; END IF;
              RETURN meic_record_refusal('read or change of ' || c || '/' || i || ', outside what the role reaches');
            END $$
            """;
        foreach (var table in Tables)
        {
            yield return $"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY";
            yield return $"REVOKE ALL ON {table} FROM PUBLIC, {AllGroups}";
        }
        yield return $"REVOKE ALL ON ALL SEQUENCES IN SCHEMA \"{schema}\" FROM PUBLIC, {AllGroups}";
        yield return $"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA \"{schema}\" FROM PUBLIC";
        yield return $"GRANT USAGE ON SCHEMA \"{schema}\" TO {AllGroups}";
        yield return $"GRANT SELECT ON documents, fts, schema_versions, meic_meta TO {AllGroups}";
        yield return "GRANT INSERT, UPDATE, DELETE ON documents, fts TO meic_coordinator, meic_facilitator, meic_researcher, meic_partner";
        yield return "GRANT SELECT ON journal TO meic_coordinator, meic_facilitator, meic_researcher, meic_partner";
        // A viewer sees who changed what and when, never a body.
        yield return "GRANT SELECT (seq, at, who, collection, doc_id, kind, org, orgs) ON journal TO meic_viewer";
        yield return "GRANT INSERT, UPDATE ON schema_versions TO meic_coordinator, meic_facilitator";
        yield return "GRANT SELECT ON meic_users TO meic_coordinator";
        yield return $"GRANT EXECUTE ON FUNCTION meic_current_org(), meic_current_role(), meic_who(), meic_orgs_of(text, text, jsonb), meic_body_text(jsonb), meic_may_rewrite(), meic_may_read(text, text[]), meic_may_write(text, text[]), meic_reads_all(text), meic_record_refusal(text), meic_refuse_if_hidden(text, text) TO {AllGroups}";
        yield return "GRANT EXECUTE ON FUNCTION meic_journal_rewrite(bigint, text, text), meic_journal_forget(bigint[]) TO meic_coordinator";
        foreach (var (table, name, body) in Policies())
        {
            yield return $"DROP POLICY IF EXISTS {name} ON {table}";
            yield return $"CREATE POLICY {name} ON {table} {body}";
        }
        // Policies of earlier versions, which trusted the client's organisation and journal rows.
        foreach (var (table, name) in new[] { ("documents", "p_docs_staff"), ("documents", "p_docs_research"), ("documents", "p_docs_partner_read"), ("documents", "p_docs_partner_write"),
                     ("journal", "p_journal_partner"), ("journal", "p_journal_insert"), ("journal", "p_journal_erase"), ("fts", "p_fts"), ("fts", "p_fts_partner") })
            yield return $"DROP POLICY IF EXISTS {name} ON {table}";
    }

    private static IEnumerable<(string Table, string Name, string Body)> Policies()
    {
        var groups = AllGroups;
        const string Writable = "EXISTS (SELECT 1 FROM documents d WHERE d.collection = fts.collection AND d.id = fts.doc_id AND meic_may_write(d.collection, d.orgs))";
        yield return ("documents", "p_docs_read", $"FOR SELECT TO {groups} USING (meic_may_read(collection, orgs))");
        yield return ("documents", "p_docs_insert", $"FOR INSERT TO {groups} WITH CHECK (meic_may_write(collection, orgs))");
        yield return ("documents", "p_docs_update", $"FOR UPDATE TO {groups} USING (meic_may_write(collection, orgs)) WITH CHECK (meic_may_write(collection, orgs))");
        yield return ("documents", "p_docs_delete", $"FOR DELETE TO {groups} USING (meic_may_write(collection, orgs))");
        yield return ("journal", "p_journal_read", $"FOR SELECT TO {groups} USING (meic_may_read(collection, orgs))");
        yield return ("fts", "p_fts_read", $"FOR SELECT TO {groups} USING (EXISTS (SELECT 1 FROM documents d WHERE d.collection = fts.collection AND d.id = fts.doc_id))");
        yield return ("fts", "p_fts_write", $"FOR ALL TO {groups} USING ({Writable}) WITH CHECK ({Writable})");
        yield return ("meic_meta", "p_meta", "FOR SELECT USING (true)");
        yield return ("schema_versions", "p_versions_read", "FOR SELECT USING (true)");
        yield return ("schema_versions", "p_versions_write", "FOR ALL TO meic_coordinator, meic_facilitator USING (true) WITH CHECK (true)");
        yield return ("meic_users", "p_users", "FOR SELECT TO meic_coordinator USING (true)");
    }
}
