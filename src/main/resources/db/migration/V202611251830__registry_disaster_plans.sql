-- registry: 個別避難計画 (one per child), life-stage events and the 移行期 checklist and referral.
CREATE TABLE registry_disaster_plans (
    id                        UUID          NOT NULL PRIMARY KEY,
    version                   BIGINT        NOT NULL,
    child_id                  UUID          NOT NULL,
    municipality_plan_status  VARCHAR(20)   NOT NULL,
    municipality_plan_date    DATE,
    power_devices             VARCHAR(1000),
    battery_hours             INTEGER,
    power_sources             VARCHAR(500),
    power_company_registered  BOOLEAN       NOT NULL,
    evacuation_decision       VARCHAR(20),
    destination               VARCHAR(200),
    transport                 VARCHAR(200),
    stock_days                INTEGER,
    notes                     VARCHAR(2000),
    last_reviewed_on          DATE,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by                VARCHAR(100)  NOT NULL,
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by                VARCHAR(100)  NOT NULL,
    CONSTRAINT uq_registry_disaster_plans_child UNIQUE (child_id),
    CONSTRAINT fk_registry_disaster_plans_child FOREIGN KEY (child_id) REFERENCES registry_children (id)
);

CREATE TABLE registry_disaster_plan_helpers (
    plan_id     UUID          NOT NULL,
    sort_order  INTEGER       NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    relation    VARCHAR(50),
    phone       VARCHAR(20),
    PRIMARY KEY (plan_id, sort_order),
    CONSTRAINT fk_registry_disaster_plan_helpers_plan FOREIGN KEY (plan_id) REFERENCES registry_disaster_plans (id)
);

CREATE TABLE registry_life_stage_events (
    id            UUID          NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    child_id      UUID          NOT NULL,
    stage         VARCHAR(30)   NOT NULL,
    planned_date  DATE,
    actual_date   DATE,
    notes         VARCHAR(1000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_registry_life_stage_events_child FOREIGN KEY (child_id) REFERENCES registry_children (id)
);
CREATE INDEX ix_registry_life_stage_events_child ON registry_life_stage_events (child_id);

CREATE TABLE registry_transition_items (
    id            UUID          NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    child_id      UUID          NOT NULL,
    topic         VARCHAR(30)   NOT NULL,
    done          BOOLEAN       NOT NULL,
    done_on       DATE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    CONSTRAINT uq_registry_transition_items UNIQUE (child_id, topic),
    CONSTRAINT fk_registry_transition_items_child FOREIGN KEY (child_id) REFERENCES registry_children (id)
);

CREATE TABLE registry_transition_referrals (
    id            UUID          NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    child_id      UUID          NOT NULL,
    referred_on   DATE          NOT NULL,
    contact       VARCHAR(100),
    outcome       VARCHAR(20)   NOT NULL,
    outcome_date  DATE,
    notes         VARCHAR(1000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    CONSTRAINT uq_registry_transition_referrals_child UNIQUE (child_id),
    CONSTRAINT fk_registry_transition_referrals_child FOREIGN KEY (child_id) REFERENCES registry_children (id)
);
