-- Create users
--
-- Revision ID: dafcd02500f3
-- Revises:
-- Create Date: 2026-11-22 01:38:10.988673
-- Branch Labels:
-- Depends On:

-- migrate:upgrade
CREATE TABLE users (
	id VARCHAR(36) NOT NULL,
	username VARCHAR(50) NOT NULL,
	display_name VARCHAR(100) NOT NULL,
	created_at TIMESTAMP NOT NULL,
	CONSTRAINT users_pk PRIMARY KEY (id),
	CONSTRAINT users_username_uk UNIQUE (username)
);

-- migrate:downgrade
DROP TABLE users;
