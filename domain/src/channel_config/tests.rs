//! Tests for the channel configuration: each provider's table, and every refusal where the clinic file is read.

use super::*;

fn sms() -> SmsChannel {
    SmsChannel {
        account_sid: format!("AC{}", "0".repeat(32)),
        number: PhoneNumber::parse("+15550100100").expect("E.164"),
        auth_token_secret: default_twilio_secret(),
        api_base: default_twilio_api(),
        content: ChannelContent::Text,
    }
}

fn whatsapp() -> WhatsappChannel {
    WhatsappChannel {
        phone_number_id: "100200300".into(),
        app_secret_secret: default_meta_app_secret(),
        verify_token_secret: default_meta_verify_token(),
        access_token_secret: default_whatsapp_access_token(),
        api_base: default_graph_api(),
        api_version: default_graph_version(),
        survey_template: None,
        templates: Vec::new(),
        content: ChannelContent::Text,
    }
}

#[test]
fn a_whatsapps_approved_templates_are_read_and_checked_from_the_clinic_file() {
    let parsed: ChannelsConfig = toml::from_str(
        r#"
            [whatsapp]
            phone_number_id = "100200300"
            [[whatsapp.templates]]
            name = "follow_up"
            language = "en_US"
            body = "Hello, {{1}} has news for you."
            "#,
    )
    .expect("parses");
    assert_eq!(parsed.validate(), Ok(()));
    let templates = &parsed.whatsapp.as_ref().expect("whatsapp").templates;
    assert_eq!(templates.len(), 1);
    assert_eq!(templates[0].body, "Hello, {{1}} has news for you.");
    let skipped = ChannelsConfig {
        whatsapp: Some(WhatsappChannel {
            templates: vec![ApprovedTemplate {
                name: "follow_up".into(),
                language: "en_US".into(),
                body: "Hi {{2}}".into(),
            }],
            ..whatsapp()
        }),
        ..ChannelsConfig::default()
    };
    assert!(skipped
        .validate()
        .is_err_and(|problem| problem.contains("{{1}} is missing")));
}

#[test]
fn a_whatsapp_channel_validates_its_number_id_secrets_and_api() {
    let config = |whatsapp: WhatsappChannel| ChannelsConfig {
        whatsapp: Some(whatsapp),
        ..ChannelsConfig::default()
    };
    assert_eq!(config(whatsapp()).validate(), Ok(()));
    let broken = [
        WhatsappChannel {
            phone_number_id: "+100200300".into(),
            ..whatsapp()
        },
        WhatsappChannel {
            phone_number_id: String::new(),
            ..whatsapp()
        },
        WhatsappChannel {
            app_secret_secret: "meta secret".into(),
            ..whatsapp()
        },
        WhatsappChannel {
            access_token_secret: String::new(),
            ..whatsapp()
        },
        WhatsappChannel {
            api_base: "https://graph.facebook.com/v21.0".into(),
            ..whatsapp()
        },
        WhatsappChannel {
            api_version: "21.0".into(),
            ..whatsapp()
        },
        WhatsappChannel {
            api_version: "v21/..".into(),
            ..whatsapp()
        },
    ];
    for channel in broken {
        assert!(config(channel.clone()).validate().is_err(), "{channel:?}");
    }
    let read: ChannelsConfig =
        toml::from_str("[whatsapp]\nphone_number_id = \"100200300\"\n").expect("parses");
    assert_eq!(read.whatsapp, Some(whatsapp()));
    let messenger: ChannelsConfig =
        toml::from_str("[messenger]\npage_id = \"400500600\"\n").expect("parses");
    let page = messenger.messenger.clone().expect("messenger on");
    assert_eq!(page.access_token_secret, "MESSENGER_PAGE_ACCESS_TOKEN");
    assert_eq!(page.app_secret_secret, "META_APP_SECRET");
    assert_eq!(messenger.validate(), Ok(()));
    let bad_page = ChannelsConfig {
        messenger: Some(MessengerChannel {
            page_id: "my-page".into(),
            ..page
        }),
        ..ChannelsConfig::default()
    };
    assert!(bad_page.validate().is_err());
}

#[test]
fn a_twilio_channel_validates_its_account_number_secret_and_api() {
    let valid = ChannelsConfig {
        public_base_url: Some("https://frontdesk.clinic.example".into()),
        sms: Some(sms()),
        whatsapp: Some(whatsapp()),
        messenger: None,
        ..ChannelsConfig::default()
    };
    assert_eq!(valid.validate(), Ok(()));
    let broken = [
        SmsChannel {
            account_sid: "AC123".into(),
            ..sms()
        },
        SmsChannel {
            auth_token_secret: "twilio token".into(),
            ..sms()
        },
        SmsChannel {
            api_base: "https://api.twilio.com/2010-04-01".into(),
            ..sms()
        },
        SmsChannel {
            api_base: "ftp://api.twilio.com".into(),
            ..sms()
        },
    ];
    for channel in broken {
        let config = ChannelsConfig {
            public_base_url: None,
            sms: Some(channel.clone()),
            whatsapp: None,
            messenger: None,
            ..ChannelsConfig::default()
        };
        assert!(config.validate().is_err(), "{channel:?}");
    }
    let bad_base = ChannelsConfig {
        public_base_url: Some("https://clinic.example/frontdesk/".into()),
        sms: None,
        whatsapp: None,
        messenger: None,
        ..ChannelsConfig::default()
    };
    assert!(bad_base.validate().is_err());
}

#[test]
fn wechat_and_x_tables_read_with_defaults_and_validate() {
    let read: ChannelsConfig = toml::from_str(
        "[wechat]\nofficial_account_id = \"gh_demo_clinic\"\napp_id = \"wxdev0000000000000\"\n\n[x]\naccount_id = \"700800900\"\n",
    )
    .expect("parses");
    assert_eq!(read.validate(), Ok(()));
    let wechat = read.wechat.clone().expect("wechat on");
    assert_eq!(
        (
            wechat.token_secret.as_str(),
            wechat.app_secret_secret.as_str()
        ),
        ("WECHAT_TOKEN", "WECHAT_APP_SECRET")
    );
    assert_eq!(wechat.api_base, "https://api.weixin.qq.com");
    let x = read.x.clone().expect("x on");
    assert_eq!(x.consumer_secret_secret, "X_CONSUMER_SECRET");
    assert_eq!(x.api_base, "https://api.x.com");
    let broken_wechat = [
        WechatChannel {
            official_account_id: "demo_clinic".into(),
            ..wechat.clone()
        },
        WechatChannel {
            official_account_id: "gh_".into(),
            ..wechat.clone()
        },
        WechatChannel {
            app_id: "wx123".into(),
            ..wechat.clone()
        },
        WechatChannel {
            token_secret: "wechat token".into(),
            ..wechat.clone()
        },
        WechatChannel {
            api_base: "https://api.weixin.qq.com/cgi-bin".into(),
            ..wechat.clone()
        },
    ];
    for channel in broken_wechat {
        let config = ChannelsConfig {
            wechat: Some(channel.clone()),
            ..ChannelsConfig::default()
        };
        assert!(config.validate().is_err(), "{channel:?}");
    }
    let broken_x = [
        XChannel {
            account_id: "@clinic".into(),
            ..x.clone()
        },
        XChannel {
            access_token_secret: String::new(),
            ..x.clone()
        },
        XChannel {
            api_base: "api.x.com".into(),
            ..x.clone()
        },
    ];
    for channel in broken_x {
        let config = ChannelsConfig {
            x: Some(channel.clone()),
            ..ChannelsConfig::default()
        };
        assert!(config.validate().is_err(), "{channel:?}");
    }
}

#[test]
fn the_table_reads_from_toml_with_defaults() {
    let config: ChannelsConfig = toml::from_str(
        "[sms]\naccount_sid = \"AC00000000000000000000000000000000\"\nnumber = \"+15550100100\"\n",
    )
    .expect("parses");
    let sms = config.sms.expect("sms on");
    assert_eq!(sms.auth_token_secret, "TWILIO_AUTH_TOKEN");
    assert_eq!(sms.api_base, "https://api.twilio.com");
    assert_eq!(ChannelsConfig::default().sms, None);
    let bad_number = toml::from_str::<ChannelsConfig>(
        "[sms]\naccount_sid = \"AC00000000000000000000000000000000\"\nnumber = \"555 0100\"\n",
    );
    assert!(bad_number.is_err(), "the number must be E.164");
}
