-- Made by tooling/scripts/make-upgrade-fixtures.mjs: the database as commit cab2ff6 left it ("prev|seq|payload" hash in SQL (format 1)).
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: audit_event_is_append_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_event_is_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
      RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
    END;
    $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: ambassador_appearances; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ambassador_appearances (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    ambassador_id uuid NOT NULL,
    appeared_on date NOT NULL,
    event text NOT NULL,
    kind text NOT NULL,
    reach integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: ambassador_consents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ambassador_consents (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    ambassador_id uuid NOT NULL,
    purpose text NOT NULL,
    consented_on date NOT NULL,
    document_ref text NOT NULL,
    withdrawn_on date,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: ambassador_units; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ambassador_units (
    ambassador_id uuid NOT NULL,
    unit_id uuid NOT NULL,
    program text DEFAULT ''::text NOT NULL
);


--
-- Name: ambassadors; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ambassadors (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    name text NOT NULL,
    field text NOT NULL,
    channels jsonb DEFAULT '[]'::jsonb NOT NULL,
    photo_url text,
    contact_email text,
    contact_phone text,
    status text NOT NULL,
    term_from date,
    term_to date,
    erased_at timestamp with time zone,
    version integer DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT ambassadors_status_check CHECK ((status = ANY (ARRAY['invited'::text, 'active'::text, 'paused'::text, 'ended'::text])))
);


--
-- Name: app_milestones; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.app_milestones (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    unit_id uuid NOT NULL,
    milestone text NOT NULL,
    reached_on date NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    CONSTRAINT app_milestones_milestone_check CHECK ((milestone = ANY (ARRAY['requirements'::text, 'content'::text, 'pilot'::text, 'launch'::text])))
);


--
-- Name: audit_event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_event (
    seq bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    actor_id uuid,
    action text NOT NULL,
    entity text NOT NULL,
    entity_id text,
    unit_id uuid,
    before jsonb,
    after jsonb,
    prev_hash text NOT NULL,
    hash text NOT NULL
);


--
-- Name: audit_head; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_head (
    id integer NOT NULL,
    seq bigint NOT NULL,
    last_hash text NOT NULL,
    prev_hash text,
    CONSTRAINT audit_head_id_check CHECK ((id = 1))
);


--
-- Name: campaign_participations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.campaign_participations (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    campaign_id uuid NOT NULL,
    unit_id uuid NOT NULL,
    participated_on date NOT NULL,
    evidence_url text,
    version integer DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: campaigns; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.campaigns (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    title text NOT NULL,
    kind text NOT NULL,
    organiser text NOT NULL,
    starts_on date NOT NULL,
    ends_on date NOT NULL,
    target_kinds jsonb DEFAULT '[]'::jsonb NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT campaigns_check CHECK ((ends_on >= starts_on)),
    CONSTRAINT campaigns_kind_check CHECK ((kind = ANY (ARRAY['campaign'::text, 'contest'::text]))),
    CONSTRAINT campaigns_organiser_check CHECK ((organiser = ANY (ARRAY['central'::text, 'province'::text])))
);


--
-- Name: code_of_conduct_sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.code_of_conduct_sessions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    unit_id uuid NOT NULL,
    held_on date NOT NULL,
    title text NOT NULL,
    participants integer DEFAULT 0 NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: communication_staff; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.communication_staff (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    unit_id uuid NOT NULL,
    name text NOT NULL,
    has_smartphone_skill boolean DEFAULT false NOT NULL,
    since date NOT NULL,
    until date,
    version integer DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: deadline_submissions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deadline_submissions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    unit_id uuid NOT NULL,
    deadline_id text NOT NULL,
    submitted_on date NOT NULL,
    link text,
    note text DEFAULT ''::text NOT NULL,
    created_by uuid,
    version integer DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: facebook_pages; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.facebook_pages (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    unit_id uuid NOT NULL,
    url text NOT NULL,
    name text NOT NULL,
    is_fanpage boolean DEFAULT false NOT NULL,
    created_on date NOT NULL,
    last_post_on date,
    recent_post_count integer DEFAULT 0 NOT NULL,
    last_checked_on date NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: kysely_migration; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.kysely_migration (
    name character varying(255) NOT NULL,
    "timestamp" character varying(255) NOT NULL
);


--
-- Name: kysely_migration_lock; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.kysely_migration_lock (
    id character varying(255) NOT NULL,
    is_locked integer DEFAULT 0 NOT NULL
);


--
-- Name: publication_files; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.publication_files (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    publication_id uuid NOT NULL,
    file_name text NOT NULL,
    content_type text NOT NULL,
    size_bytes integer NOT NULL,
    sha256 text NOT NULL,
    data bytea NOT NULL,
    uploaded_by uuid NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: publications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.publications (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    unit_id uuid NOT NULL,
    title text NOT NULL,
    series text NOT NULL,
    kind text DEFAULT 'publication'::text NOT NULL,
    published_on date NOT NULL,
    url text,
    version integer DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT publications_series_check CHECK ((series = ANY (ARRAY['nguoi-tot-viec-thien'::text, 'other'::text])))
);


--
-- Name: report_files; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.report_files (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    report_id uuid NOT NULL,
    file_name text NOT NULL,
    content_type text NOT NULL,
    size_bytes integer NOT NULL,
    sha256 text NOT NULL,
    data bytea NOT NULL,
    uploaded_by uuid NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reports (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    unit_id uuid NOT NULL,
    indicator text NOT NULL,
    period_key text NOT NULL,
    status text NOT NULL,
    claims_met boolean DEFAULT false NOT NULL,
    value double precision,
    note text DEFAULT ''::text NOT NULL,
    links jsonb DEFAULT '[]'::jsonb NOT NULL,
    review_comment text,
    submitted_at timestamp with time zone,
    reviewed_at timestamp with time zone,
    reviewed_by uuid,
    created_by uuid NOT NULL,
    updated_by uuid NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT reports_status_check CHECK ((status = ANY (ARRAY['draft'::text, 'submitted'::text, 'approved'::text, 'returned'::text])))
);


--
-- Name: sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sessions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    token_hash text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    last_seen_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone
);


--
-- Name: stories; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stories (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    unit_id uuid NOT NULL,
    slug text NOT NULL,
    title text NOT NULL,
    summary text DEFAULT ''::text NOT NULL,
    body_html text DEFAULT ''::text NOT NULL,
    cover_image_url text,
    tags jsonb DEFAULT '[]'::jsonb NOT NULL,
    status text NOT NULL,
    published_at timestamp with time zone,
    author_id uuid,
    version integer DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    review_comment text,
    CONSTRAINT stories_status_check CHECK ((status = ANY (ARRAY['draft'::text, 'review'::text, 'published'::text])))
);


--
-- Name: training_courses; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.training_courses (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    unit_id uuid NOT NULL,
    held_on date NOT NULL,
    title text NOT NULL,
    participants integer DEFAULT 0 NOT NULL,
    level text DEFAULT 'district'::text NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: unit_links; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.unit_links (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    unit_id uuid NOT NULL,
    parent_id uuid NOT NULL,
    valid_from date NOT NULL,
    valid_to date,
    CONSTRAINT unit_links_check CHECK (((valid_to IS NULL) OR (valid_to > valid_from))),
    CONSTRAINT unit_links_check1 CHECK ((unit_id <> parent_id))
);


--
-- Name: units; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.units (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    code text NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    opened_on date NOT NULL,
    closed_on date,
    merged_into uuid,
    is_sample boolean DEFAULT false NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT units_check CHECK (((closed_on IS NULL) OR (closed_on >= opened_on))),
    CONSTRAINT units_kind_check CHECK ((kind = ANY (ARRAY['province'::text, 'province_board'::text, 'district'::text, 'grassroots_province'::text, 'grassroots'::text])))
);


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    email text NOT NULL,
    name text NOT NULL,
    role text NOT NULL,
    unit_id uuid NOT NULL,
    password_hash text NOT NULL,
    is_disabled boolean DEFAULT false NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT users_role_check CHECK ((role = ANY (ARRAY['admin'::text, 'reviewer'::text, 'cadre'::text, 'viewer'::text])))
);


--
-- Data for Name: ambassador_appearances; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: ambassador_consents; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: ambassador_units; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: ambassadors; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: app_milestones; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: audit_event; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_event VALUES (1, '2026-11-30 09:14:59.025+00', NULL, '01-first-commit.write', 'upgrade-fixture', '0', NULL, '{"n": 0, "at": "2025-06-30T00:00:00.000Z", "tên": "Hội CTĐ huyện Kiên Hải"}', '{"n": 1, "list": [1, "ấ", {"y": true, "z": null}], "tên": "Hội Chữ thập đỏ tỉnh An Giang"}', 'genesis', 'be49e7e7729ba1e63656f1ad6e600c2c8abd7d69837f2bcda1717fd12a60ced4');
INSERT INTO public.audit_event VALUES (2, '2026-11-30 09:14:59.028+00', NULL, '01-first-commit.write', 'upgrade-fixture', '1', NULL, NULL, '{"n": 2, "list": [1, "ấ", {"y": true, "z": null}], "tên": "Hội Chữ thập đỏ tỉnh An Giang"}', 'be49e7e7729ba1e63656f1ad6e600c2c8abd7d69837f2bcda1717fd12a60ced4', '7e026904dfc050ebcc5b8a1f134b1eb8a6cdd11c13881730a07a9927c3df4e7c');
INSERT INTO public.audit_event VALUES (3, '2026-11-30 09:14:59.03+00', NULL, '01-first-commit.write', 'upgrade-fixture', '2', NULL, '{"n": 2, "at": "2025-06-30T00:00:00.000Z", "tên": "Hội CTĐ huyện Kiên Hải"}', '{"n": 3, "list": [1, "ấ", {"y": true, "z": null}], "tên": "Hội Chữ thập đỏ tỉnh An Giang"}', '7e026904dfc050ebcc5b8a1f134b1eb8a6cdd11c13881730a07a9927c3df4e7c', 'b13680b76a1e752b2bfca5f4d10d14185145a8b9a6ee552f5696b6f24dc970ad');
INSERT INTO public.audit_event VALUES (4, '2026-11-30 09:14:59.032+00', NULL, '01-first-commit.write', 'upgrade-fixture', '3', NULL, NULL, '{"n": 4, "list": [1, "ấ", {"y": true, "z": null}], "tên": "Hội Chữ thập đỏ tỉnh An Giang"}', 'b13680b76a1e752b2bfca5f4d10d14185145a8b9a6ee552f5696b6f24dc970ad', '4847139e390c045bffe969ac828d358c060e41b56967d523789dd21822af0399');
INSERT INTO public.audit_event VALUES (5, '2026-11-30 09:15:08.902+00', NULL, '02-sql-append.write', 'upgrade-fixture', '0', NULL, '{"n": 0, "at": "2025-06-30T00:00:00.000Z", "tên": "Hội CTĐ huyện Kiên Hải"}', '{"n": 1, "list": [1, "ấ", {"y": true, "z": null}], "tên": "Hội Chữ thập đỏ tỉnh An Giang"}', '4847139e390c045bffe969ac828d358c060e41b56967d523789dd21822af0399', 'c2008dc501f61b8138a1a1d6002927230d8b5b0aef86fd6582f684d9689a402c');
INSERT INTO public.audit_event VALUES (6, '2026-11-30 09:15:08.905+00', NULL, '02-sql-append.write', 'upgrade-fixture', '1', NULL, NULL, '{"n": 2, "list": [1, "ấ", {"y": true, "z": null}], "tên": "Hội Chữ thập đỏ tỉnh An Giang"}', 'c2008dc501f61b8138a1a1d6002927230d8b5b0aef86fd6582f684d9689a402c', 'b999aba1aac2e5beeff3b828399ff112d96afe797950738279bb38e416091ea3');
INSERT INTO public.audit_event VALUES (7, '2026-11-30 09:15:08.906+00', NULL, '02-sql-append.write', 'upgrade-fixture', '2', NULL, '{"n": 2, "at": "2025-06-30T00:00:00.000Z", "tên": "Hội CTĐ huyện Kiên Hải"}', '{"n": 3, "list": [1, "ấ", {"y": true, "z": null}], "tên": "Hội Chữ thập đỏ tỉnh An Giang"}', 'b999aba1aac2e5beeff3b828399ff112d96afe797950738279bb38e416091ea3', '62be1bc7b10c79478652c0640081445af87a96c74a5f2f289994bea85496e71e');
INSERT INTO public.audit_event VALUES (8, '2026-11-30 09:15:08.907+00', NULL, '02-sql-append.write', 'upgrade-fixture', '3', NULL, NULL, '{"n": 4, "list": [1, "ấ", {"y": true, "z": null}], "tên": "Hội Chữ thập đỏ tỉnh An Giang"}', '62be1bc7b10c79478652c0640081445af87a96c74a5f2f289994bea85496e71e', 'eb968e58d2292cd39f40e8acad5cd0e7e14e69da2dce5f0013f5630222905b19');


--
-- Data for Name: audit_head; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_head VALUES (1, 8, 'eb968e58d2292cd39f40e8acad5cd0e7e14e69da2dce5f0013f5630222905b19', '62be1bc7b10c79478652c0640081445af87a96c74a5f2f289994bea85496e71e');


--
-- Data for Name: campaign_participations; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: campaigns; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: code_of_conduct_sessions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: communication_staff; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: deadline_submissions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: facebook_pages; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: kysely_migration; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.kysely_migration VALUES ('0001-initial', '2026-11-30T09:14:59.021Z');
INSERT INTO public.kysely_migration VALUES ('0002-records', '2026-11-30T09:15:08.895Z');
INSERT INTO public.kysely_migration VALUES ('0003-deadline-submissions', '2026-11-30T09:15:08.899Z');
INSERT INTO public.kysely_migration VALUES ('0004-audit-head-prev-hash', '2026-11-30T09:15:08.900Z');


--
-- Data for Name: kysely_migration_lock; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.kysely_migration_lock VALUES ('migration_lock', 0);


--
-- Data for Name: publication_files; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: publications; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: report_files; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: reports; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: stories; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: training_courses; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: unit_links; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: units; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Name: ambassador_appearances ambassador_appearances_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ambassador_appearances
    ADD CONSTRAINT ambassador_appearances_pkey PRIMARY KEY (id);


--
-- Name: ambassador_consents ambassador_consents_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ambassador_consents
    ADD CONSTRAINT ambassador_consents_pkey PRIMARY KEY (id);


--
-- Name: ambassador_units ambassador_units_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ambassador_units
    ADD CONSTRAINT ambassador_units_pkey PRIMARY KEY (ambassador_id, unit_id, program);


--
-- Name: ambassadors ambassadors_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ambassadors
    ADD CONSTRAINT ambassadors_pkey PRIMARY KEY (id);


--
-- Name: app_milestones app_milestones_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.app_milestones
    ADD CONSTRAINT app_milestones_pkey PRIMARY KEY (id);


--
-- Name: app_milestones app_milestones_unit_id_milestone_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.app_milestones
    ADD CONSTRAINT app_milestones_unit_id_milestone_key UNIQUE (unit_id, milestone);


--
-- Name: audit_event audit_event_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_event
    ADD CONSTRAINT audit_event_pkey PRIMARY KEY (seq);


--
-- Name: audit_head audit_head_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_head
    ADD CONSTRAINT audit_head_pkey PRIMARY KEY (id);


--
-- Name: campaign_participations campaign_participations_campaign_id_unit_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.campaign_participations
    ADD CONSTRAINT campaign_participations_campaign_id_unit_id_key UNIQUE (campaign_id, unit_id);


--
-- Name: campaign_participations campaign_participations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.campaign_participations
    ADD CONSTRAINT campaign_participations_pkey PRIMARY KEY (id);


--
-- Name: campaigns campaigns_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.campaigns
    ADD CONSTRAINT campaigns_pkey PRIMARY KEY (id);


--
-- Name: code_of_conduct_sessions code_of_conduct_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.code_of_conduct_sessions
    ADD CONSTRAINT code_of_conduct_sessions_pkey PRIMARY KEY (id);


--
-- Name: communication_staff communication_staff_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.communication_staff
    ADD CONSTRAINT communication_staff_pkey PRIMARY KEY (id);


--
-- Name: deadline_submissions deadline_submissions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deadline_submissions
    ADD CONSTRAINT deadline_submissions_pkey PRIMARY KEY (id);


--
-- Name: deadline_submissions deadline_submissions_unit_id_deadline_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deadline_submissions
    ADD CONSTRAINT deadline_submissions_unit_id_deadline_id_key UNIQUE (unit_id, deadline_id);


--
-- Name: facebook_pages facebook_pages_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.facebook_pages
    ADD CONSTRAINT facebook_pages_pkey PRIMARY KEY (id);


--
-- Name: kysely_migration_lock kysely_migration_lock_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.kysely_migration_lock
    ADD CONSTRAINT kysely_migration_lock_pkey PRIMARY KEY (id);


--
-- Name: kysely_migration kysely_migration_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.kysely_migration
    ADD CONSTRAINT kysely_migration_pkey PRIMARY KEY (name);


--
-- Name: publication_files publication_files_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publication_files
    ADD CONSTRAINT publication_files_pkey PRIMARY KEY (id);


--
-- Name: publications publications_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications
    ADD CONSTRAINT publications_pkey PRIMARY KEY (id);


--
-- Name: report_files report_files_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.report_files
    ADD CONSTRAINT report_files_pkey PRIMARY KEY (id);


--
-- Name: reports reports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports
    ADD CONSTRAINT reports_pkey PRIMARY KEY (id);


--
-- Name: reports reports_unit_id_indicator_period_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports
    ADD CONSTRAINT reports_unit_id_indicator_period_key_key UNIQUE (unit_id, indicator, period_key);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);


--
-- Name: sessions sessions_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_token_hash_key UNIQUE (token_hash);


--
-- Name: stories stories_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stories
    ADD CONSTRAINT stories_pkey PRIMARY KEY (id);


--
-- Name: stories stories_slug_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stories
    ADD CONSTRAINT stories_slug_key UNIQUE (slug);


--
-- Name: training_courses training_courses_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_courses
    ADD CONSTRAINT training_courses_pkey PRIMARY KEY (id);


--
-- Name: unit_links unit_links_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit_links
    ADD CONSTRAINT unit_links_pkey PRIMARY KEY (id);


--
-- Name: units units_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.units
    ADD CONSTRAINT units_code_key UNIQUE (code);


--
-- Name: units units_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.units
    ADD CONSTRAINT units_pkey PRIMARY KEY (id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: app_milestones_unit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX app_milestones_unit_idx ON public.app_milestones USING btree (unit_id);


--
-- Name: audit_event_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_event_at_idx ON public.audit_event USING btree (at);


--
-- Name: audit_event_entity_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_event_entity_idx ON public.audit_event USING btree (entity, entity_id);


--
-- Name: campaign_participations_unit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX campaign_participations_unit_idx ON public.campaign_participations USING btree (unit_id);


--
-- Name: campaigns_unit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX campaigns_unit_idx ON public.campaigns USING btree (starts_on);


--
-- Name: code_of_conduct_sessions_unit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX code_of_conduct_sessions_unit_idx ON public.code_of_conduct_sessions USING btree (unit_id);


--
-- Name: communication_staff_unit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX communication_staff_unit_idx ON public.communication_staff USING btree (unit_id);


--
-- Name: facebook_pages_unit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX facebook_pages_unit_idx ON public.facebook_pages USING btree (unit_id);


--
-- Name: publication_files_publication_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX publication_files_publication_idx ON public.publication_files USING btree (publication_id);


--
-- Name: publications_unit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX publications_unit_idx ON public.publications USING btree (unit_id);


--
-- Name: report_files_report_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX report_files_report_idx ON public.report_files USING btree (report_id);


--
-- Name: reports_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reports_status_idx ON public.reports USING btree (status);


--
-- Name: sessions_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sessions_user_idx ON public.sessions USING btree (user_id);


--
-- Name: stories_unit_published_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX stories_unit_published_idx ON public.stories USING btree (unit_id, status, published_at DESC);


--
-- Name: training_courses_unit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX training_courses_unit_idx ON public.training_courses USING btree (unit_id);


--
-- Name: unit_links_parent_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX unit_links_parent_idx ON public.unit_links USING btree (parent_id, valid_from);


--
-- Name: unit_links_unit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX unit_links_unit_idx ON public.unit_links USING btree (unit_id, valid_from);


--
-- Name: audit_event audit_event_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON public.audit_event FOR EACH STATEMENT EXECUTE FUNCTION public.audit_event_is_append_only();


--
-- Name: audit_event audit_event_no_update_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_event_no_update_delete BEFORE DELETE OR UPDATE ON public.audit_event FOR EACH ROW EXECUTE FUNCTION public.audit_event_is_append_only();


--
-- Name: ambassador_appearances ambassador_appearances_ambassador_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ambassador_appearances
    ADD CONSTRAINT ambassador_appearances_ambassador_id_fkey FOREIGN KEY (ambassador_id) REFERENCES public.ambassadors(id);


--
-- Name: ambassador_consents ambassador_consents_ambassador_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ambassador_consents
    ADD CONSTRAINT ambassador_consents_ambassador_id_fkey FOREIGN KEY (ambassador_id) REFERENCES public.ambassadors(id);


--
-- Name: ambassador_units ambassador_units_ambassador_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ambassador_units
    ADD CONSTRAINT ambassador_units_ambassador_id_fkey FOREIGN KEY (ambassador_id) REFERENCES public.ambassadors(id);


--
-- Name: ambassador_units ambassador_units_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ambassador_units
    ADD CONSTRAINT ambassador_units_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES public.units(id);


--
-- Name: app_milestones app_milestones_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.app_milestones
    ADD CONSTRAINT app_milestones_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES public.units(id);


--
-- Name: campaign_participations campaign_participations_campaign_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.campaign_participations
    ADD CONSTRAINT campaign_participations_campaign_id_fkey FOREIGN KEY (campaign_id) REFERENCES public.campaigns(id);


--
-- Name: campaign_participations campaign_participations_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.campaign_participations
    ADD CONSTRAINT campaign_participations_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES public.units(id);


--
-- Name: code_of_conduct_sessions code_of_conduct_sessions_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.code_of_conduct_sessions
    ADD CONSTRAINT code_of_conduct_sessions_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES public.units(id);


--
-- Name: communication_staff communication_staff_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.communication_staff
    ADD CONSTRAINT communication_staff_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES public.units(id);


--
-- Name: deadline_submissions deadline_submissions_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deadline_submissions
    ADD CONSTRAINT deadline_submissions_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id);


--
-- Name: deadline_submissions deadline_submissions_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deadline_submissions
    ADD CONSTRAINT deadline_submissions_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES public.units(id);


--
-- Name: facebook_pages facebook_pages_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.facebook_pages
    ADD CONSTRAINT facebook_pages_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES public.units(id);


--
-- Name: publication_files publication_files_publication_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publication_files
    ADD CONSTRAINT publication_files_publication_id_fkey FOREIGN KEY (publication_id) REFERENCES public.publications(id);


--
-- Name: publication_files publication_files_uploaded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publication_files
    ADD CONSTRAINT publication_files_uploaded_by_fkey FOREIGN KEY (uploaded_by) REFERENCES public.users(id);


--
-- Name: publications publications_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publications
    ADD CONSTRAINT publications_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES public.units(id);


--
-- Name: report_files report_files_report_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.report_files
    ADD CONSTRAINT report_files_report_id_fkey FOREIGN KEY (report_id) REFERENCES public.reports(id);


--
-- Name: report_files report_files_uploaded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.report_files
    ADD CONSTRAINT report_files_uploaded_by_fkey FOREIGN KEY (uploaded_by) REFERENCES public.users(id);


--
-- Name: reports reports_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports
    ADD CONSTRAINT reports_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id);


--
-- Name: reports reports_reviewed_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports
    ADD CONSTRAINT reports_reviewed_by_fkey FOREIGN KEY (reviewed_by) REFERENCES public.users(id);


--
-- Name: reports reports_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports
    ADD CONSTRAINT reports_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES public.units(id);


--
-- Name: reports reports_updated_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports
    ADD CONSTRAINT reports_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES public.users(id);


--
-- Name: sessions sessions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: stories stories_author_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stories
    ADD CONSTRAINT stories_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.users(id);


--
-- Name: stories stories_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stories
    ADD CONSTRAINT stories_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES public.units(id);


--
-- Name: training_courses training_courses_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_courses
    ADD CONSTRAINT training_courses_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES public.units(id);


--
-- Name: unit_links unit_links_parent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit_links
    ADD CONSTRAINT unit_links_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.units(id);


--
-- Name: unit_links unit_links_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit_links
    ADD CONSTRAINT unit_links_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES public.units(id);


--
-- Name: units units_merged_into_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.units
    ADD CONSTRAINT units_merged_into_fkey FOREIGN KEY (merged_into) REFERENCES public.units(id);


--
-- Name: users users_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES public.units(id);


--
-- PostgreSQL database dump complete
--


