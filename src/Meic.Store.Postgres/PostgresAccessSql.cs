namespace Meic.Store.Postgres;

/// <summary>
/// Roles enforced by the database itself: one group role per MEIC role, one login per person, row-level security.
/// Partners see and change only their organisation's rows; every journal row must name the person logged in.
/// </summary>
internal static class PostgresAccessSql
{
    public static readonly string[] Roles = ["coordinator", "facilitator", "researcher", "partner", "viewer"];

    public static string Group(string role) => $"meic_{role}";

    public static IEnumerable<string> Enable(string schema)
    {
        foreach (var role in Roles)
            yield return $"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{Group(role)}') THEN CREATE ROLE {Group(role)} NOLOGIN; END IF; END $$";
        // Stores created before roles existed gain the organisation columns here.
        yield return "ALTER TABLE documents ADD COLUMN IF NOT EXISTS org text";
        yield return "ALTER TABLE journal ADD COLUMN IF NOT EXISTS org text";
        yield return "CREATE TABLE IF NOT EXISTS meic_users(login text PRIMARY KEY, role text NOT NULL, organisation text, created_at timestamptz NOT NULL DEFAULT now())";
        yield return """
            CREATE OR REPLACE FUNCTION meic_current_org() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
            SET search_path FROM CURRENT AS $$ SELECT organisation FROM meic_users WHERE login = session_user $$
            """;
        yield return """
            CREATE OR REPLACE FUNCTION meic_current_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
            SET search_path FROM CURRENT AS $$ SELECT role FROM meic_users WHERE login = session_user $$
            """;
        // A look at a record the caller may not see is refused and recorded, by the definer, in the journal.
        yield return """
            CREATE OR REPLACE FUNCTION meic_refuse_if_hidden(c text, i text) RETURNS boolean LANGUAGE plpgsql VOLATILE SECURITY DEFINER
            SET search_path FROM CURRENT AS $$
            DECLARE owner_org text; ok boolean; body text; rid text;
            BEGIN
              SELECT org INTO owner_org FROM documents WHERE collection = c AND id = i;
              IF NOT FOUND THEN RETURN false; END IF;
              SELECT EXISTS (SELECT 1 FROM meic_users WHERE login = session_user AND role = 'partner' AND organisation IS DISTINCT FROM owner_org AND NOT (c = 'actors' AND i = organisation)) INTO ok;
              IF NOT ok THEN RETURN false; END IF;
              rid := 'refused-' || md5(random()::text || clock_timestamp()::text);
              body := json_build_object('action', 'refused', 'at', to_char(clock_timestamp() AT TIME ZONE 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), 'by', session_user::text,
                'detail', 'read or change of ' || c || '/' || i || ', which belongs to another organisation')::text;
              INSERT INTO documents(collection, id, version, body, org) VALUES ('privacy-log', rid, 1, body::jsonb, NULL);
              INSERT INTO journal(at, who, collection, doc_id, kind, before, after, org) VALUES (clock_timestamp(), session_user, 'privacy-log', rid, 'insert', NULL, body, NULL);
              RETURN true;
            END $$
            """;
        yield return "ALTER TABLE documents ALTER COLUMN org SET DEFAULT meic_current_org()";
        yield return "ALTER TABLE journal ALTER COLUMN org SET DEFAULT meic_current_org()";
        foreach (var table in new[] { "documents", "journal", "fts", "schema_versions", "meic_meta", "meic_users" })
            yield return $"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY";
        yield return $"GRANT USAGE ON SCHEMA \"{schema}\" TO {string.Join(", ", Roles.Select(Group))}";
        yield return $"GRANT SELECT ON documents, journal, fts, schema_versions, meic_meta, meic_users TO {string.Join(", ", Roles.Select(Group))}";
        yield return $"GRANT INSERT, UPDATE, DELETE ON documents, fts TO meic_coordinator, meic_facilitator, meic_researcher, meic_partner";
        yield return $"GRANT INSERT ON journal TO meic_coordinator, meic_facilitator, meic_researcher, meic_partner";
        yield return $"GRANT UPDATE, DELETE ON journal TO meic_coordinator";
        yield return $"GRANT INSERT, UPDATE ON schema_versions TO meic_coordinator, meic_facilitator";
        yield return $"GRANT USAGE ON ALL SEQUENCES IN SCHEMA \"{schema}\" TO {string.Join(", ", Roles.Select(Group))}";
        yield return $"GRANT EXECUTE ON FUNCTION meic_current_org(), meic_current_role(), meic_refuse_if_hidden(text, text) TO {string.Join(", ", Roles.Select(Group))}";
        foreach (var (name, sql) in Policies()) { yield return $"DROP POLICY IF EXISTS {name} ON {sql.Table}"; yield return $"CREATE POLICY {name} ON {sql.Table} {sql.Body}"; }
    }

    private static IEnumerable<(string, (string Table, string Body))> Policies()
    {
        const string Own = "(org = meic_current_org() OR (collection = 'actors' AND id = meic_current_org()))";
        yield return ("p_docs_staff", ("documents", "FOR ALL TO meic_coordinator, meic_facilitator USING (true) WITH CHECK (true)"));
        yield return ("p_docs_read", ("documents", "FOR SELECT TO meic_researcher, meic_viewer USING (true)"));
        yield return ("p_docs_research", ("documents", "FOR ALL TO meic_researcher USING (collection LIKE 'fg-%') WITH CHECK (collection LIKE 'fg-%')"));
        yield return ("p_docs_partner_read", ("documents", $"FOR SELECT TO meic_partner USING ({Own} OR collection = 'cluster')"));
        yield return ("p_docs_partner_write", ("documents", $"FOR ALL TO meic_partner USING ({Own}) WITH CHECK ({Own})"));
        yield return ("p_journal_read", ("journal", "FOR SELECT TO meic_coordinator, meic_facilitator, meic_researcher, meic_viewer USING (true)"));
        yield return ("p_journal_partner", ("journal", "FOR SELECT TO meic_partner USING (org = meic_current_org())"));
        // Nobody can write the journal in someone else's name.
        yield return ("p_journal_insert", ("journal", "FOR INSERT TO meic_coordinator, meic_facilitator, meic_researcher, meic_partner WITH CHECK (who = session_user)"));
        yield return ("p_journal_erase", ("journal", "FOR ALL TO meic_coordinator USING (true) WITH CHECK (true)"));
        yield return ("p_fts", ("fts", "FOR ALL TO meic_coordinator, meic_facilitator, meic_researcher, meic_viewer USING (true) WITH CHECK (true)"));
        yield return ("p_fts_partner", ("fts", "FOR ALL TO meic_partner USING (EXISTS (SELECT 1 FROM documents d WHERE d.collection = fts.collection AND d.id = fts.doc_id)) WITH CHECK (true)"));
        yield return ("p_meta", ("meic_meta", "FOR SELECT USING (true)"));
        yield return ("p_versions_read", ("schema_versions", "FOR SELECT USING (true)"));
        yield return ("p_versions_write", ("schema_versions", "FOR ALL TO meic_coordinator, meic_facilitator USING (true) WITH CHECK (true)"));
        yield return ("p_users", ("meic_users", "FOR SELECT USING (true)"));
    }
}
